// The http2 gRPC server against @grpc/grpc-js clients (a different implementation of the same protocol).
import * as grpc from '@grpc/grpc-js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GrpcServer, type MethodDefinition, ServerCredentials, type ServerCall } from './grpc-server';
import { generateServerCertificate } from './tls';

const json = { serialize: (value: unknown) => Buffer.from(JSON.stringify(value)), deserialize: (bytes: Buffer) => JSON.parse(bytes.toString()) };
const method = (name: string, responseStream = false): MethodDefinition & grpc.MethodDefinition<unknown, unknown> => ({
  path: `/test.Echo/${name}`,
  requestStream: false,
  responseStream,
  requestSerialize: json.serialize,
  requestDeserialize: json.deserialize,
  responseSerialize: json.serialize,
  responseDeserialize: json.deserialize,
});
const service = { Echo: method('Echo'), Fail: method('Fail'), Slow: method('Slow'), Count: method('Count', true) };
const Client = grpc.makeGenericClientConstructor(service, 'Echo');

type Callback = (error: { code: number; message: string } | null, response?: unknown) => void;
const implementation = {
  Echo: (call: ServerCall, callback: Callback) => callback(null, { echoed: call.request }),
  Fail: (_call: ServerCall, callback: Callback) => callback({ code: grpc.status.FAILED_PRECONDITION, message: 'ünïcode, 100% and\nnewline' }),
  Slow: (call: ServerCall, callback: Callback) => setTimeout(() => callback(null, call.request), 300),
  Count: (call: ServerCall) => {
    for (let i = 1; i <= (call.request as { to: number }).to; i++) call.write({ i });
    call.end();
  },
};

async function start(credentials: ServerCredentials): Promise<{ server: GrpcServer; address: string }> {
  const server = new GrpcServer();
  server.addService(service, implementation);
  const address = `unix:${join(mkdtempSync(join(tmpdir(), 'grpc-server-')), 'socket')}`;
  await new Promise<void>((resolve, reject) => server.bindAsync(address, credentials, (error) => (error ? reject(error) : resolve())));
  return { server, address };
}

const unary = (client: any, name: string, request: unknown) =>
  new Promise((resolve, reject) => client[name](request, (error: Error | null, response: unknown) => (error ? reject(error) : resolve(response))));

describe('plaintext', () => {
  let server: GrpcServer;
    let client: any;
  beforeAll(async () => {
    const started = await start(ServerCredentials.createInsecure());
    server = started.server;
    client = new Client(started.address, grpc.credentials.createInsecure());
  });
  afterAll(() => {
    client.close();
    server.forceShutdown();
  });

  test('a unary call answers with the response message', async () => {
    await expect(unary(client, 'Echo', { a: [1, 'two'] })).resolves.toEqual({ echoed: { a: [1, 'two'] } });
  });

  test("a handler's error reaches the client with its code and message", async () => {
    await expect(unary(client, 'Fail', {})).rejects.toMatchObject({ code: grpc.status.FAILED_PRECONDITION, details: 'ünïcode, 100% and\nnewline' });
  });

  test('a method the server does not have is UNIMPLEMENTED', async () => {
    const Other = grpc.makeGenericClientConstructor({ Missing: { ...method('Missing'), path: '/test.Echo/Missing' } }, 'Echo');
    const other = new Other(`unix:${(client.getChannel().getTarget() as string).replace(/^unix:/, '')}`, grpc.credentials.createInsecure());
    await expect(unary(other, 'Missing', {})).rejects.toMatchObject({ code: grpc.status.UNIMPLEMENTED });
    other.close();
  });

  test('a server-streaming call delivers every message, then ends', async () => {
    const received: unknown[] = [];
    await new Promise<void>((resolve, reject) => {
      const call = client.Count({ to: 3 });
      call.on('data', (message: unknown) => received.push(message));
      call.on('error', reject);
      call.on('end', resolve);
    });
    expect(received).toEqual([{ i: 1 }, { i: 2 }, { i: 3 }]);
  });
});

describe('mutual TLS, as Terraform connects', () => {
  const serverCertificate = generateServerCertificate();
  const clientCertificate = generateServerCertificate();
  const options = { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost' };
  let server: GrpcServer;
  let address: string;
  beforeAll(async () => {
    const credentials = ServerCredentials.createSsl(
      Buffer.from(clientCertificate.certPem),
      [{ private_key: Buffer.from(serverCertificate.keyPem), cert_chain: Buffer.from(serverCertificate.certPem) }],
      true,
    );
    ({ server, address } = await start(credentials));
  });
  afterAll(() => server.forceShutdown());

  test('a client holding the expected certificate is served', async () => {
    const credentials = grpc.credentials.createSsl(Buffer.from(serverCertificate.certPem), Buffer.from(clientCertificate.keyPem), Buffer.from(clientCertificate.certPem));
    const client = new Client(address, credentials, options);
    await expect(unary(client, 'Echo', 'hi')).resolves.toEqual({ echoed: 'hi' });
    client.close();
  });

  test('a client with another certificate is refused', async () => {
    const stranger = generateServerCertificate();
    const credentials = grpc.credentials.createSsl(Buffer.from(serverCertificate.certPem), Buffer.from(stranger.keyPem), Buffer.from(stranger.certPem));
    const client = new Client(address, credentials, options);
    await expect(unary(client, 'Echo', 'hi')).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
    client.close();
  });
});

test('tryShutdown lets a call in flight finish, then calls back', async () => {
  const { server, address } = await start(ServerCredentials.createInsecure());
  const client = new Client(address, grpc.credentials.createInsecure());
  const inFlight = unary(client, 'Slow', 'done');
  await new Promise((resolve) => setTimeout(resolve, 100));
  const shutDown = new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
  await expect(inFlight).resolves.toBe('done');
  await shutDown;
  client.close();
});
