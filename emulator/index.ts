// The local ClickStack API emulator: one node:http (or, given a certificate, node:https) server on loopback answering the OSS HyperDX API v2
// (/api/v2/...) and/or the Managed ClickStack Cloud API (/v1/organizations/{org}/services/{svc}/clickstack/...),
// with each flavor's auth, envelopes, error bodies, rate limits, plus fault injection for reliability tests.
import * as crypto from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { MAX_BODY_BYTES, parseBody } from './body-parser';
import type { Context, Flavor, HandlerOutput } from './context';
import { ApiError } from './errors';
import { type Deployment, Deployments } from './deployment';
import { chance, type InjectedFaults, noFaults, noInjectedFaults, take, takeResponse, type Faults, type ScriptedResponse } from './faults';
import { FixedWindowLimiter, REAL_LIMITS, type RateLimitDecision } from './rate-limit';
import { decodeParams, matchRoute } from './routes';
import { IDENTITY } from './seed';
import type { CollectionName, Doc } from './store';

export type { Deployment } from './deployment';
export type { Faults, InjectedFaults, ScriptedResponse } from './faults';
export { IDENTITY, SEED_IDS } from './seed';

export interface EmulatorOptions {
  port?: number;
  flavor?: 'oss' | 'cloud' | 'both';
  seed?: 'default' | 'none' | string;
  rateLimit?: { limit: number; windowMs: number } | false;
  statePath?: string;
  allowPrivateWebhookUrls?: string[];
  /** Reads of sources and dashboards carry fields this project's client does not model, as a newer server's would (RULES §14). */
  extraFields?: boolean;
  /** Serves HTTPS with this certificate and key (PEM text) instead of plain HTTP: for tests of TLS trust. */
  tls?: { cert: string; key: string };
}

export interface RecordedRequest {
  flavor: Flavor | 'unrouted';
  method: string;
  path: string;
  query: Record<string, string>;
  /** Request headers; the Authorization value is redacted to its scheme. */
  headers: Record<string, string>;
  body: unknown;
  /** 0 when the connection was reset without a response. */
  status: number;
  responseBody: unknown;
}

export interface EmulatorHandle {
  ossUrl: string;
  apiKey: string;
  cloudUrl: string;
  organizationId: string;
  serviceId: string;
  keyId: string;
  keySecret: string;
  faults: Faults;
  /** What the faults injected, by kind, since start or the last reset. */
  injected: InjectedFaults;
  requests: RecordedRequest[];
  /** Every deployment back to its seed, faults off, request log cleared, limiters reset. */
  reset(seed?: 'default' | 'none'): void;
  /** The OSS deployment (its own store and seed); throws when the emulator does not serve OSS. */
  readonly oss: Deployment;
  /** The Managed ClickStack deployment (its own store and seed); throws when the emulator does not serve Cloud. */
  readonly cloud: Deployment;
  /**
   * `storeAsTheApp` of the one deployment an emulator of one flavor serves (see Deployment); with both flavors,
   * name the deployment: `handle.oss.storeAsTheApp(...)`.
   */
  storeAsTheApp(collection: CollectionName, fields: Record<string, unknown>): Doc;
  close(): Promise<void>;
}

const OSS_PREFIX = '/api/v2';
const CLOUD_PATH = /^\/v1\/organizations\/([^/]+)\/services\/([^/]+)\/clickstack(\/.*)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OSS_RATE_LIMIT_TEXT = 'Too many requests, please try again later.';

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
  /** What the request log records: parsed JSON or the text. */
  logged: unknown;
  /** A scripted fault (RULES §15): send only this many bytes of the body, then close. */
  cutAfterBytes?: number;
  /** A scripted fault (RULES §15): never answer. */
  hang?: boolean;
}

const json = (status: number, value: unknown, headers: Record<string, string> = {}): Reply => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(value),
  logged: value,
});
const text = (status: number, value: string, contentType = 'text/plain; charset=utf-8', headers: Record<string, string> = {}): Reply => ({
  status,
  headers: { 'Content-Type': contentType, ...headers },
  body: value,
  logged: value,
});

/** Express's default 404 for an unrouted path (RULES §1.1; the Cloud gateway too, RULES §12). */
function cannotRoute(method: string, pathname: string): Reply {
  const html = `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot ${method} ${pathname}</pre>\n</body>\n</html>\n`;
  return text(404, html, 'text/html; charset=utf-8');
}

/** Each flavor's wire shapes. */
const envelopes = {
  oss: {
    success(output: HandlerOutput): Reply {
      if (output.raw !== undefined) return json(200, output.raw);
      if (output.payload === undefined) return json(200, {});
      if (output.page) return json(200, { data: output.payload, meta: output.page }, { 'X-Total-Count': String(output.page.total) });
      return json(200, { data: output.payload });
    },
    error(error: ApiError): Reply {
      if (error.ossText) return text(error.status, error.ossText);
      return json(error.status, error.ossBody ?? { [error.ossKey]: error.message });
    },
    unauthorized: (): Reply => text(401, 'Unauthorized'),
    serverError: (): Reply => json(500, { message: 'Something went wrong :(' }),
    rateLimited: (decision: RateLimitDecision): Reply =>
      text(429, OSS_RATE_LIMIT_TEXT, 'text/html; charset=utf-8', { ...ossRateLimitHeaders(decision), 'Retry-After': String(decision.windowSeconds) }),
  },
  cloud: {
    success(output: HandlerOutput): Reply {
      const result = output.raw ?? output.payload;
      return json(200, result === undefined ? { status: 200, requestId: crypto.randomUUID() } : { status: 200, requestId: crypto.randomUUID(), result });
    },
    error(error: ApiError): Reply {
      const message = error.status === 404 ? `NOT_FOUND: ${error.message}` : error.message;
      return json(error.status, { status: error.status, error: message, requestId: crypto.randomUUID() });
    },
    unauthorized: (): Reply => json(401, { status: 401, error: 'Unauthorized', requestId: crypto.randomUUID() }),
    serverError: (): Reply => json(500, { status: 500, error: 'Internal Server Error', requestId: crypto.randomUUID() }),
    // Cloud documents no rate-limit headers (RULES §12.2); Retry-After is the one standard hint sent.
    rateLimited: (decision: RateLimitDecision): Reply =>
      json(429, { status: 429, error: 'Too Many Requests', requestId: crypto.randomUUID() }, { 'Retry-After': String(Math.max(1, decision.resetSeconds)) }),
  },
};

/** express-rate-limit `standardHeaders` (draft 6), sent on every limited OSS response. */
function ossRateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  return { 'RateLimit-Limit': String(decision.limit), 'RateLimit-Remaining': String(decision.remaining), 'RateLimit-Reset': String(decision.resetSeconds) };
}

function isAuthorized(flavor: Flavor, authorization: string | undefined): boolean {
  if (!authorization) return false;
  // OSS: `header.split('Bearer ')[1]`, so the scheme is case-sensitive (RULES §1.2).
  if (flavor === 'oss') return authorization.split('Bearer ')[1] === IDENTITY.apiKey;
  const match = /^Basic (.+)$/i.exec(authorization);
  if (!match) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  return decoded === `${IDENTITY.keyId}:${IDENTITY.keySecret}`;
}

function redactHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const joined = Array.isArray(value) ? value.join(', ') : value;
    out[name] = name === 'authorization' ? `${joined.split(' ')[0]} [REDACTED]` : joined;
  }
  return out;
}

/** The request's bytes, or undefined when they went over the size limit. */
function readBody(request: http.IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const enabled: Flavor[] = options.flavor === 'oss' ? ['oss'] : options.flavor === 'cloud' ? ['cloud'] : ['oss', 'cloud'];
  const deployments = new Deployments(enabled, options.seed ?? 'default', options.statePath);
  // Each flavor's limiter. Where the limit is off it still counts, on the flavor's real limit, for the headers the
  // real server always sends (RULES §1.6) and for storms (RULES §15), but refuses nothing.
  const enforced = options.rateLimit !== false;
  const limiters = new Map<Flavor, FixedWindowLimiter>(
    enabled.map((flavor) => [flavor, new FixedWindowLimiter(options.rateLimit || REAL_LIMITS[flavor])]),
  );
  const faults = noFaults();
  const injected = noInjectedFaults();
  const injectedRateLimit = (reply: Reply): Reply => {
    injected.rateLimited += 1;
    return reply;
  };
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let ambiguousCount = 0;

  async function respond(request: http.IncomingMessage, url: URL, rawBody: Buffer | undefined): Promise<Reply | 'reset'> {
    const method = request.method ?? 'GET';
    let flavor: Flavor | undefined;
    let relative = '';
    const cloudMatch = CLOUD_PATH.exec(url.pathname);
    const parsed = parseBody(request.headers['content-type'], rawBody);
    // The OSS server parses every body first, before routing, rate limiting and auth (RULES §1.3).
    if ('error' in parsed && enabled.includes('oss') && !(cloudMatch && enabled.includes('cloud'))) return envelopes.oss.error(parsed.error);
    if (enabled.includes('oss') && (url.pathname === OSS_PREFIX || url.pathname.startsWith(`${OSS_PREFIX}/`))) {
      flavor = 'oss';
      relative = url.pathname.slice(OSS_PREFIX.length);
    } else if (enabled.includes('cloud') && cloudMatch) {
      flavor = 'cloud';
      relative = cloudMatch[3] ?? '';
    }
    const matched = flavor && matchRoute(flavor, method, relative.replace(/\/$/, ''));
    if (!flavor || !matched) return cannotRoute(method, url.pathname);
    const envelope = envelopes[flavor];
    const credential = request.headers.authorization;

    // OSS: the limiter runs before auth, keyed by the raw bearer token or the client IP (RULES §1.6).
    const limiterKey = (flavor === 'oss' ? credential?.split('Bearer ')[1] : credential) ?? request.socket.remoteAddress ?? '';
    let decision: RateLimitDecision | undefined;
    if (faults.rateLimitStormWindows > 0) {
      // A storm over windows (RULES §15) runs on each flavor's limiter.
      limiters.forEach((stormed) => stormed.storm(faults.rateLimitStormWindows));
      faults.rateLimitStormWindows = 0;
    }
    const limiter = limiters.get(flavor)!;
    if (!matched.route.unlimited) {
      if (limiter.storming() || take(faults, 'rateLimitStorm')) return injectedRateLimit(envelope.rateLimited(limiter.peek(limiterKey)));
      decision = limiter.hit(limiterKey);
      if (enforced && !decision.allowed) return injectedRateLimit(envelope.rateLimited(decision));
    }
    const withLimitHeaders = (reply: Reply): Reply =>
      flavor === 'oss' && decision ? { ...reply, headers: { ...reply.headers, ...ossRateLimitHeaders(decision) } } : reply;

    if (chance(faults.errorRate)) {
      injected.serverErrors += 1;
      return withLimitHeaders(envelope.serverError());
    }
    if (!isAuthorized(flavor, credential)) return withLimitHeaders(envelope.unauthorized());
    if (cloudMatch && flavor === 'cloud') {
      const [, organizationId, serviceId] = cloudMatch;
      if (!UUID.test(organizationId) || !UUID.test(serviceId)) return envelope.error(new ApiError(400, 'Invalid organizationId or serviceId'));
      if (organizationId !== IDENTITY.organizationId || serviceId !== IDENTITY.serviceId) return envelope.error(new ApiError(404, 'Service not found'));
    }

    // Managed ClickStack: assumed to refuse a bad body where it refuses a bad id, after auth (RULES §12).
    if ('error' in parsed) return withLimitHeaders(envelope.error(parsed.error));

    const context: Context = { flavor, store: deployments.store(flavor), webhookAllowList: options.allowPrivateWebhookUrls ?? [], extraFields: options.extraFields ?? false };
    try {
      const output = await matched.route.handler(context, { params: decodeParams(matched.params), query: url.searchParams, body: parsed.body });
      if (matched.route.creates && (take(faults, 'ambiguousCreate') || chance(faults.ambiguousCreateRate))) {
        ambiguousCount += 1;
        injected.ambiguousCreates += 1;
        return ambiguousCount % 2 === 1 ? withLimitHeaders(envelope.serverError()) : 'reset';
      }
      return withLimitHeaders(envelope.success(output));
    } catch (error) {
      if (error instanceof ApiError) return withLimitHeaders(envelope.error(error));
      return withLimitHeaders(envelope.serverError());
    }
  }

  const listener: http.RequestListener = (request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://emulator');
      const rawBody = await readBody(request);
      const record: RecordedRequest = {
        flavor: url.pathname.startsWith(OSS_PREFIX) ? 'oss' : CLOUD_PATH.test(url.pathname) ? 'cloud' : 'unrouted',
        method: request.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: redactHeaders(request.headers),
        body: parseForLog(rawBody),
        status: 0,
        responseBody: undefined,
      };
      requests.push(record);
      if (take(faults, 'resetConnections') || chance(faults.resetRate)) {
        injected.resets += 1;
        return void request.socket.destroy();
      }
      const handled = await respond(request, url, rawBody);
      const scripted = handled === 'reset' ? undefined : takeResponse(faults, request.method ?? 'GET', url.pathname);
      const reply = scripted && handled !== 'reset' ? scriptedReply(scripted, handled) : handled;
      if (scripted) injected.scriptedResponses += 1;
      if (faults.latencyMs > 0) {
        injected.slowAnswers += 1;
        await sleep(faults.latencyMs);
      }
      if (reply === 'reset') {
        injected.resets += 1;
        return void request.socket.destroy();
      }
      if (reply.hang) return;
      record.status = reply.status;
      record.responseBody = reply.logged;
      response.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(Buffer.byteLength(reply.body)) });
      if (reply.cutAfterBytes === undefined) return void response.end(reply.body);
      response.write(Buffer.from(reply.body).subarray(0, reply.cutAfterBytes), () => request.socket.destroy());
    })().catch(() => request.socket.destroy());
  };
  const server = options.tls ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, listener) : http.createServer(listener);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;

  return {
    ossUrl: baseUrl,
    apiKey: IDENTITY.apiKey,
    cloudUrl: baseUrl,
    organizationId: IDENTITY.organizationId,
    serviceId: IDENTITY.serviceId,
    keyId: IDENTITY.keyId,
    keySecret: IDENTITY.keySecret,
    faults,
    injected,
    requests,
    get oss() {
      return deployments.deployment('oss');
    },
    get cloud() {
      return deployments.deployment('cloud');
    },
    storeAsTheApp(collection, fields) {
      if (enabled.length > 1) throw new Error('This emulator serves two deployments: name one, as in handle.oss.storeAsTheApp(...)');
      return deployments.deployment(enabled[0]).storeAsTheApp(collection, fields);
    },
    reset(resetSeed) {
      deployments.reset(resetSeed);
      Object.assign(faults, noFaults());
      Object.assign(injected, noInjectedFaults());
      requests.length = 0;
      ambiguousCount = 0;
      limiters.forEach((limiter) => limiter.reset());
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        sockets.forEach((socket) => socket.destroy());
      });
    },
  };
}

/** The answer a scripted response (RULES §15) gives instead of `handled`. */
function scriptedReply(scripted: ScriptedResponse, handled: Reply): Reply {
  const contentType = scripted.contentType ?? handled.headers['Content-Type'];
  let body: string | Buffer = scripted.body ?? handled.body;
  if (scripted.replace) body = JSON.stringify(scripted.replace(JSON.parse(handled.body.toString())));
  return {
    status: scripted.status ?? handled.status,
    headers: { ...handled.headers, 'Content-Type': contentType },
    body,
    logged: typeof body === 'string' && body.length <= 10_000 ? body : `(${Buffer.byteLength(body)} bytes)`,
    cutAfterBytes: scripted.cutAfterBytes,
    hang: scripted.hang,
  };
}

function parseForLog(raw: Buffer | undefined): unknown {
  if (!raw?.length) return undefined;
  const textBody = raw.toString('utf8');
  try {
    return JSON.parse(textBody);
  } catch {
    return textBody;
  }
}
