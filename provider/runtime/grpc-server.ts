// The gRPC server a provider process needs, on node:http2 alone: unary and server-streaming methods, length-prefixed
// messages, status in trailers, mutual TLS or plaintext, a unix socket, graceful shutdown. @grpc/grpc-js would load
// its whole client stack (channels, resolvers, load balancers, channelz) and a dozen built-in modules before the
// handshake line, on every one of the several process starts of each Terraform command; this is what is left of it
// for a server that only Terraform's go-plugin client talks to. It takes grpc-js's service definitions and handler
// shapes (call.request, callback(error, response); call.write/end for streams), so services are written the same way.
import type { Http2Server, Http2Session, IncomingHttpHeaders, ServerHttp2Stream } from 'node:http2';

/**
 * node:http2 is loaded when a server starts, not with this module: the single executable starts from a V8 snapshot
 * of the provider's modules (scripts/release.mjs), and Node cannot put http2 in a snapshot.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
const http2 = (): typeof import('node:http2') => require('node:http2');

/** grpc-js's method definition, the part a server reads. */
export interface MethodDefinition {
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  requestDeserialize(bytes: Buffer): unknown;
  responseSerialize(message: unknown): Buffer;
}

export type ServiceDefinition = { [method: string]: MethodDefinition };

/** The call object handlers receive: `request`, and for server-streaming methods `write` and `end`. */
export interface ServerCall {
  request: unknown;
  write(message: unknown): boolean;
  end(): void;
}

export interface ServiceError {
  code?: number;
  message?: string;
}

type UnaryHandler = (call: ServerCall, callback: (error: ServiceError | null, response?: unknown) => void) => void;
type StreamingHandler = (call: ServerCall) => void;
// Handlers are typed by the services (with grpc-js's call types); the server only calls them.
export type ServiceImplementation = { [method: string]: unknown };

/** How the server listens: plaintext, or TLS with its certificate and, optionally, client certificates checked. */
export type ServerCredentials = { secure: false } | { secure: true; key: Buffer; cert: Buffer; ca: Buffer | null; requestCert: boolean };

/** Constructors with grpc-js's signatures, so that callers read the same. */
export const ServerCredentials = {
  createInsecure: (): ServerCredentials => ({ secure: false }),
  createSsl: (
    rootCerts: Buffer | null,
    keyCertPairs: { private_key: Buffer; cert_chain: Buffer }[],
    checkClientCertificate = false,
  ): ServerCredentials => {
    if (keyCertPairs.length !== 1) throw new TypeError('one key and certificate pair is needed');
    const [{ private_key: key, cert_chain: cert }] = keyCertPairs;
    return { secure: true, key, cert, ca: rootCerts, requestCert: checkClientCertificate };
  },
};

/** gRPC status codes used here (the full list is in grpc's doc/statuscodes.md). */
export const Status = { OK: 0, UNKNOWN: 2, INTERNAL: 13, UNIMPLEMENTED: 12 } as const;

/** Every message is framed: 1 byte compressed flag, 4 bytes big-endian length, the bytes. */
function frame(message: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt32BE(message.length, 1);
  return Buffer.concat([header, message]);
}

/** grpc's PROTOCOL-HTTP2.md, Status-Message: UTF-8 bytes outside printable ASCII, and `%`, are percent-encoded. */
function statusMessage(message: string): string {
  let encoded = '';
  for (const byte of Buffer.from(message)) {
    encoded += byte >= 0x20 && byte <= 0x7e && byte !== 0x25 ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

/**
 * `server.listen(path)`, without the detour through the cluster module: net.Server#listen loads it (with
 * child_process and dgram: about 8 ms, a tenth of a bare Node start) only to ask whether this process is a cluster
 * worker, which a provider never is. `_listen2` is what listen calls next in the primary; where a Node version has
 * no such method, listen is used.
 */
function listenOnPath(server: Http2Server, path: string): void {
  const listenInPrimary = (server as unknown as { _listen2?: (address: string, port: number, addressType: number, backlog: number) => void })._listen2;
  if (typeof listenInPrimary === 'function') listenInPrimary.call(server, path, -1, -1, 511);
  else server.listen(path);
}

interface Route {
  definition: MethodDefinition;
  handler: UnaryHandler | StreamingHandler;
}

export class GrpcServer {
  private readonly routes = new Map<string, Route>();
  private readonly sessions = new Set<Http2Session>();
  private server: Http2Server | undefined;

  addService(service: ServiceDefinition, implementation: ServiceImplementation): void {
    for (const [name, definition] of Object.entries(service)) {
      if (definition.requestStream) throw new Error(`${definition.path}: client-streaming methods are not supported`);
      const handler = implementation[name];
      if (typeof handler === 'function') this.routes.set(definition.path, { definition, handler: handler as Route['handler'] });
    }
  }

  /** `address` is `unix:<path>`; the callback's second argument is grpc-js's port (0 for a unix socket). */
  bindAsync(address: string, credentials: ServerCredentials, callback: (error: Error | null, port: number) => void): void {
    if (!address.startsWith('unix:')) throw new Error(`only unix: addresses are served, got ${address}`);
    const server = credentials.secure
      ? http2().createSecureServer({
          key: credentials.key,
          cert: credentials.cert,
          ca: credentials.ca ?? undefined,
          requestCert: credentials.requestCert,
          rejectUnauthorized: credentials.requestCert,
        })
      : http2().createServer();
    server.on('session', (session) => {
      this.sessions.add(session);
      session.once('close', () => this.sessions.delete(session));
    });
    server.on('stream', (stream, headers) => this.serve(stream, headers));
    server.once('error', (error) => callback(error, 0));
    server.once('listening', () => callback(null, 0));
    listenOnPath(server, address.slice('unix:'.length));
    this.server = server;
  }

  /** Stops accepting connections and closes each one once its calls are answered, then calls back. */
  tryShutdown(callback: (error?: Error) => void): void {
    for (const session of this.sessions) session.close();
    if (this.server?.listening) this.server.close((error) => callback(error));
    else callback();
  }

  forceShutdown(): void {
    for (const session of this.sessions) session.destroy();
    if (this.server?.listening) this.server.close();
  }

  private serve(stream: ServerHttp2Stream, headers: IncomingHttpHeaders): void {
    stream.on('error', () => undefined); // a client that goes away is not the server's failure
    const route = this.routes.get(String(headers[':path']));
    if (!route) {
      this.finish(stream, Status.UNIMPLEMENTED, `Method not found: ${String(headers[':path'])}`);
      return;
    }
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', () => {
      const body = Buffer.concat(chunks);
      if (body.length < 5 || body.length !== 5 + body.readUInt32BE(1)) {
        this.finish(stream, Status.INTERNAL, 'expected exactly one length-prefixed request message');
        return;
      }
      if (body[0] !== 0) {
        this.finish(stream, Status.UNIMPLEMENTED, 'compressed messages are not supported');
        return;
      }
      let request: unknown;
      try {
        request = route.definition.requestDeserialize(body.subarray(5));
      } catch (error) {
        this.finish(stream, Status.INTERNAL, `cannot parse the request: ${String(error)}`);
        return;
      }
      this.dispatch(stream, route, request);
    });
  }

  private dispatch(stream: ServerHttp2Stream, route: Route, request: unknown): void {
    const { definition } = route;
    const write = (message: unknown): boolean => {
      if (stream.destroyed || stream.closed) return false;
      if (!stream.headersSent) stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
      return stream.write(frame(definition.responseSerialize(message)));
    };
    const end = (): void => this.finish(stream, Status.OK, '');
    try {
      if (definition.responseStream) {
        (route.handler as StreamingHandler)({ request, write, end });
        return;
      }
      (route.handler as UnaryHandler)({ request, write, end }, (error, response) => {
        if (error) this.finish(stream, error.code ?? Status.UNKNOWN, error.message ?? '');
        else {
          write(response);
          end();
        }
      });
    } catch (error) {
      this.finish(stream, Status.UNKNOWN, String(error));
    }
  }

  /** Ends the call with its status: in trailers after a response, or alone (a trailers-only response). */
  private finish(stream: ServerHttp2Stream, code: number, message: string): void {
    if (stream.destroyed || stream.closed) return;
    const status = { 'grpc-status': String(code), 'grpc-message': statusMessage(message) };
    if (stream.headersSent) {
      stream.once('wantTrailers', () => stream.sendTrailers(status));
      stream.end();
    } else {
      stream.respond({ ':status': 200, 'content-type': 'application/grpc', ...status }, { endStream: true });
    }
  }
}
