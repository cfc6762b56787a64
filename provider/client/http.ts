// Transport: one keep-alive connection pool per client (network.ts, node-transport.ts), the client-side limiter,
// retries, timeouts, redirects, connection failures told once (connection-failure.ts), logging.
import { version as PACKAGE_VERSION } from '../../package.json';
import { anySignal, Clock, realClock, throwIfAborted } from './clock';
import type { ClientLogger, ClientLogLevel } from './config';
import {
  BRIEF_ATTEMPTS,
  type ConnectionContext,
  credentialsRefusal,
  diagnose,
  type Diagnosis,
  explain,
  proxyRefusal,
  redirectRefusal,
  refer,
} from './connection-failure';
import { AbortedError, ClickStackError, CONNECT_TIMEOUT_CODE, ConnectionError, errorFromResponse, extractErrorBody, messageOf, NetworkError, PROXY_TUNNEL_CODE, RateLimitedError, UnexpectedResponseError } from './errors';
import { type NetworkSettings, openPool } from './network';
import type { ConnectionPool } from './node-transport';
import type { ChosenProxy } from './proxy';
import type { RateLimiter } from './rate-limiter';
import type { Redactor } from './redact';
import { backoffDelayMs, isIdempotent, rateLimitWaitMs, RetryOptions } from './retry';

export const USER_AGENT = `clickstack-cdktf/${PACKAGE_VERSION}`;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestSpec {
  method: HttpMethod;
  /** Below the flavor's base path, starting with `/`; ids already encoded. */
  path: string;
  query?: Record<string, string | number>;
  body?: unknown;
  /** Aborts everything at once, a request on the wire included. */
  signal?: AbortSignal;
  /** Once aborted, no attempt is started (a waiting one gives up); an attempt on the wire finishes. */
  stop?: AbortSignal;
  /** The request changes nothing whatever its method (a POST that only checks or reads): retried like a GET. */
  readOnly?: boolean;
}

/** A 2xx answer: its status and its parsed JSON body (undefined when empty). */
export interface ApiResponse {
  status: number;
  body: unknown;
}

export interface TransportOptions {
  baseUrl: string;
  authHeaders: Readonly<Record<string, string>>;
  retry: RetryOptions;
  /** Per attempt, from sending to the end of the response body. */
  timeoutMs: number;
  /** Wait after a 429 that names no reset time: the flavor's window. */
  rateLimitWindowMs: number;
  limiter?: RateLimiter;
  redactor: Redactor;
  log?: ClientLogger;
  connections: number;
  /** Backoff and 429 waits and the retry time budget run on it. Default: real time. */
  clock?: Clock;
  network: NetworkSettings;
  /** The proxy on the way to baseUrl, if any (network.ts chooseProxy). */
  proxy?: ChosenProxy;
  /** Names the service, the credentials and the settings in the messages of connection failures. */
  connection: ConnectionContext;
}

/** Redirects followed within one attempt (same origin only). */
const MAX_REDIRECTS = 5;

/**
 * The largest response body read: beyond it the answer is refused rather than held in memory (the largest documents, a
 * dashboard of 500 tiles with long markdown, stay far below).
 */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/**
 * Connection failures that happen before a byte of the request is written (a proxy's refused tunnel among them): safe
 * to retry even for a POST.
 */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', CONNECT_TIMEOUT_CODE, PROXY_TUNNEL_CODE]);

class AttemptTimeout extends Error {}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bodyText: string;
  /** The body went over MAX_RESPONSE_BYTES and was not read to its end (bodyText is empty then). */
  oversized?: boolean;
}

type AttemptOutcome = { response: RawResponse } | { failure: NetworkError; diagnosis?: Diagnosis };

export class Transport {
  private openedPool: ConnectionPool | undefined;
  /**
   * What keeps this client from the API, once a request met it: every later request fails at once with a reference
   * to it, so a person reads the explanation once, not once per resource.
   */
  private fatal: Diagnosis | undefined;
  /** The first request, until it settles: the others wait for it, so that a connection failure is met (and told) once. */
  private firstRequest: Promise<unknown> | undefined;
  private reached = false;
  private readonly origin: string;
  private readonly pathPrefix: string;
  private readonly clock: Clock;

  constructor(private readonly options: TransportOptions) {
    this.clock = options.clock ?? realClock;
    const base = new URL(options.baseUrl);
    this.origin = base.origin;
    this.pathPrefix = base.pathname.replace(/\/+$/, '');
  }

  /**
   * Opened on the first request, not at start-up: every Terraform command starts the provider several times, and most
   * of those processes (validate, schema) never call the API.
   */
  private get pool(): ConnectionPool {
    this.openedPool ??= openPool(new URL(this.origin), this.options.network, this.options.proxy, this.options.connections);
    return this.openedPool;
  }

  /**
   * Sends the request with retries; resolves to the 2xx answer. A 5xx or a network
   * error is retried for idempotent methods (and for any method when nothing was sent) within `retry`'s attempts and
   * time; a 429, refused before processing, is retried for any method as long as the server asks, within the rate-limit
   * budget, and counts against neither.
   */
  async send(spec: RequestSpec): Promise<ApiResponse> {
    if (!this.reached) {
      if (this.firstRequest) await this.firstRequest.catch(() => undefined);
      else {
        const first = this.sendOnce(spec);
        this.firstRequest = first;
        return first.finally(() => (this.reached = true));
      }
    }
    return this.sendOnce(spec);
  }

  private async sendOnce(spec: RequestSpec): Promise<ApiResponse> {
    const { retry } = this.options;
    const startedAt = this.clock.now();
    let requestPath = this.pathPrefix + spec.path + queryString(spec.query);
    let logPath = `${spec.method} ${requestPath}`;
    if (this.fatal) throw this.connectionError(spec, requestPath, this.fatal, true);
    // Waits (for the limiter, between attempts) give up on either signal: nothing of this request is on the wire then.
    const waitSignal = anySignal(spec.signal, spec.stop);
    const repeatable = spec.readOnly === true || isIdempotent(spec.method);
    let rateLimitedMs = 0;
    let rateLimitedCount = 0;
    let redirects = 0;
    for (let attempt = 1; ; ) {
      throwIfAborted(spec.signal);
      if (spec.stop?.aborted) throw new AbortedError(`${logPath} was not sent: the provider was asked to stop`);
      const slot = await this.options.limiter?.acquire(waitSignal);
      if (spec.stop?.aborted) throw new AbortedError(`${logPath} was not sent: the provider was asked to stop`);
      const outcome = await this.attempt(spec, attempt, requestPath).finally(() => slot?.answered());
      const elapsed = this.clock.now() - startedAt - rateLimitedMs;
      const canRetry = (waitMs: number): boolean => attempt < retry.maxAttempts && elapsed + waitMs <= retry.maxElapsedMs;

      if ('failure' in outcome) {
        const { failure, diagnosis } = outcome;
        const retryable = repeatable || !failure.mayHaveReachedServer;
        const waitMs = backoffDelayMs(attempt - 1, retry);
        if (diagnosis && (diagnosis.retries === 'none' || attempt >= BRIEF_ATTEMPTS || !canRetry(waitMs))) throw this.remember(spec, requestPath, diagnosis);
        if (!retryable || !canRetry(waitMs)) throw failure;
        this.log('warn', `Retrying ${logPath} after a network error`, { attempt, waitMs, error: failure.message });
        await this.clock.sleep(waitMs, waitSignal);
        attempt++;
        continue;
      }

      const { response } = outcome;
      const location = redirectLocation(response);
      if (location) {
        const from = new URL(this.origin + requestPath);
        const to = new URL(location, from);
        const sameMethod = response.status === 307 || response.status === 308 || spec.method === 'GET';
        if (to.origin !== from.origin) throw this.remember(spec, requestPath, redirectRefusal(response.status, from, to, this.options.connection));
        if (sameMethod && redirects < MAX_REDIRECTS) {
          redirects++;
          this.log('debug', `${logPath} redirected (HTTP ${response.status}) to ${to.pathname}${to.search}`, { status: response.status });
          requestPath = to.pathname + to.search;
          logPath = `${spec.method} ${requestPath}`;
          continue;
        }
      }
      if (response.status === 407 && this.options.proxy) throw this.remember(spec, requestPath, proxyRefusal(407, this.options.connection));
      if (response.oversized) throw this.unexpectedBody(spec, requestPath, response, `a body larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB`);
      if (response.status >= 200 && response.status < 300) return { status: response.status, body: this.parseBody(spec, requestPath, response) };

      if (response.status === 429) {
        // Refused before processing, so any method may be repeated.
        // At least a moment: a reset said to be now (`RateLimit-Reset: 0` at a window's end) must not turn into a busy loop.
        const waitMs = Math.max(MIN_RATE_LIMIT_WAIT_MS, rateLimitWaitMs(response.headers, this.clock.now()) ?? this.options.rateLimitWindowMs);
        this.options.limiter?.pauseUntil(this.clock.now() + waitMs);
        rateLimitedCount++;
        if (rateLimitedMs + waitMs > retry.rateLimitBudgetMs) throw this.rateLimitExhausted(spec, requestPath, response, waitMs, rateLimitedMs);
        this.log('warn', `Rate limited on ${logPath}: waiting ${seconds(waitMs)} as the server asks`, {
          rateLimited: rateLimitedCount,
          waitMs,
          waitedMs: rateLimitedMs,
          budgetMs: retry.rateLimitBudgetMs,
        });
        const waitStartedAt = this.clock.now();
        await this.clock.sleep(waitMs, waitSignal);
        rateLimitedMs += this.clock.now() - waitStartedAt;
        continue;
      }

      if (response.status >= 500 && repeatable) {
        const waitMs = backoffDelayMs(attempt - 1, retry);
        if (canRetry(waitMs)) {
          this.log('warn', `Retrying ${logPath} after HTTP ${response.status}`, { attempt, waitMs });
          await this.clock.sleep(waitMs, waitSignal);
          attempt++;
          continue;
        }
      }
      throw this.toError(spec, requestPath, response);
    }
  }

  /** The path a request for `path` is sent to, with the base URL's prefix (`/api/v2/dashboards`). */
  fullPath(path: string): string {
    return this.pathPrefix + path;
  }

  async close(): Promise<void> {
    await this.openedPool?.close();
  }

  /** The failure of this request, and of every later one (told in short), for a problem no retry heals. */
  private remember(spec: RequestSpec, requestPath: string, diagnosis: Diagnosis): ConnectionError {
    this.fatal ??= diagnosis;
    return this.connectionError(spec, requestPath, diagnosis, false);
  }

  private connectionError(spec: RequestSpec, requestPath: string, diagnosis: Diagnosis, repeated: boolean): ConnectionError {
    const { connection, redactor } = this.options;
    const reference = redactor.text(refer(diagnosis, connection));
    const detail = repeated ? reference : redactor.text(explain(diagnosis, connection));
    const error = new ConnectionError({ method: spec.method, path: requestPath, problem: diagnosis.problem, detail, reference, repeated, code: diagnosis.code });
    if (!repeated) this.log('error', error.message, { problem: diagnosis.problem });
    return error;
  }

  /** One request on the wire; network failures and timeouts become a NetworkError outcome. */
  private async attempt(spec: RequestSpec, attempt: number, requestPath: string): Promise<AttemptOutcome> {
    const logPath = `${spec.method} ${requestPath}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new AttemptTimeout()), this.options.timeoutMs);
    const forwardAbort = (): void => controller.abort(spec.signal?.reason);
    spec.signal?.addEventListener('abort', forwardAbort, { once: true });
    const headers: Record<string, string> = {
      ...this.options.authHeaders,
      accept: 'application/json',
      'user-agent': USER_AGENT,
    };
    const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const sentAt = this.clock.now();
    this.log('debug', `${logPath} (attempt ${attempt})`, { attempt });
    try {
      const response = await this.pool.request({
        method: spec.method,
        path: requestPath,
        headers,
        body,
        signal: controller.signal,
      });
      const responseText = await readLimited(response.body, MAX_RESPONSE_BYTES);
      this.log('debug', `${logPath} -> HTTP ${response.statusCode}`, {
        attempt,
        status: response.statusCode,
        durationMs: this.clock.now() - sentAt,
        responseHeaders: response.headers,
      });
      const oversized = responseText === undefined;
      return { response: { status: response.statusCode, headers: response.headers, bodyText: responseText ?? '', oversized } };
    } catch (error) {
      if (spec.signal?.aborted) throw new AbortedError(`${logPath} was aborted`);
      const timedOut = controller.signal.reason instanceof AttemptTimeout;
      const diagnosis = timedOut ? undefined : diagnose(error, this.options.connection);
      return { failure: this.networkFailure(spec, requestPath, error, timedOut), diagnosis };
    } finally {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', forwardAbort);
    }
  }

  private networkFailure(spec: RequestSpec, requestPath: string, error: unknown, timedOut: boolean): NetworkError {
    const code = (error as { code?: unknown }).code;
    const codeText = typeof code === 'string' ? code : undefined;
    const detail = timedOut
      ? `no response within ${this.options.timeoutMs} ms`
      : this.options.redactor.text(messageOf(error));
    return new NetworkError({
      method: spec.method,
      path: requestPath,
      detail: codeText && !timedOut ? `${detail} (${codeText})` : detail,
      code: timedOut ? 'TIMEOUT' : codeText,
      mayHaveReachedServer: timedOut || !(codeText && NOT_SENT_CODES.has(codeText)),
    });
  }

  private parseBody(spec: RequestSpec, requestPath: string, response: RawResponse): unknown {
    if (response.bodyText.trim() === '') return undefined;
    try {
      return JSON.parse(response.bodyText);
    } catch {
      const contentType = String(response.headers['content-type'] ?? 'no content type');
      const excerpt = this.options.redactor.text(response.bodyText.replace(/\s+/g, ' ').trim());
      const shown = excerpt.length > BODY_EXCERPT_LENGTH ? `${excerpt.slice(0, BODY_EXCERPT_LENGTH)}…` : excerpt;
      throw this.unexpectedBody(spec, requestPath, response, `a body that is not JSON (${contentType}): ${shown}`);
    }
  }

  private unexpectedBody(spec: RequestSpec, requestPath: string, response: RawResponse, problem: string): UnexpectedResponseError {
    return new UnexpectedResponseError({ method: spec.method, path: requestPath, status: response.status, problem });
  }

  private rateLimitExhausted(spec: RequestSpec, requestPath: string, response: RawResponse, waitMs: number, waitedMs: number): ClickStackError {
    const error = this.toError(spec, requestPath, response, waitMs) as RateLimitedError;
    return new RateLimitedError({
      status: 429,
      serverMessage:
        `${error.serverMessage} The server asks to wait ${seconds(waitMs)} more after ${seconds(waitedMs)} of waiting, beyond the ` +
        `${seconds(this.options.retry.rateLimitBudgetMs)} one request may wait out rate limits; another client may be using the same API key.`,
      requestId: error.requestId,
      method: error.method,
      path: error.path,
      retryAfterMs: waitMs,
    });
  }

  private toError(spec: RequestSpec, requestPath: string, response: RawResponse, retryAfterMs?: number): ClickStackError {
    if (response.status === 401 || response.status === 403) return this.refusedCredentials(spec, requestPath, response);
    const contentType = String(response.headers['content-type'] ?? '');
    const error = errorFromResponse({
      method: spec.method,
      path: requestPath,
      status: response.status,
      contentType,
      bodyText: this.options.redactor.text(response.bodyText),
      retryAfterMs,
    });
    this.log(error instanceof RateLimitedError ? 'warn' : 'debug', error.message, { status: response.status });
    return error;
  }

  /** A 401 ends the client's use of the API (told once); a 403 may concern this request only, and is told each time. */
  private refusedCredentials(spec: RequestSpec, requestPath: string, response: RawResponse): ClickStackError {
    const { message } = extractErrorBody(String(response.headers['content-type'] ?? ''), this.options.redactor.text(response.bodyText));
    const diagnosis = credentialsRefusal(response.status, message || `HTTP ${response.status}`, this.options.connection);
    if (response.status === 401) return this.remember(spec, requestPath, diagnosis);
    return errorFromResponse({
      method: spec.method,
      path: requestPath,
      status: response.status,
      contentType: 'text/plain',
      bodyText: this.options.redactor.text(explain(diagnosis, this.options.connection)),
    });
  }

  private log(level: ClientLogLevel, message: string, fields: Record<string, unknown>): void {
    const { log, redactor } = this.options;
    if (!log) return;
    log(level, redactor.text(message), redactor.value(fields) as Record<string, unknown>);
  }
}

/** The shortest wait after a 429. */
const MIN_RATE_LIMIT_WAIT_MS = 250;

/** Characters of a body that is not JSON shown in the error. */
const BODY_EXCERPT_LENGTH = 120;

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** The body as text, or undefined (and the rest discarded) when it goes over `limit` bytes. */
async function readLimited(body: AsyncIterable<Buffer | Uint8Array> & { destroy(): unknown }, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) {
      body.destroy();
      return undefined;
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The Location of a redirect (301, 302, 303, 307, 308), or undefined for any other answer. */
function redirectLocation(response: RawResponse): string | undefined {
  if (![301, 302, 303, 307, 308].includes(response.status)) return undefined;
  const location = response.headers.location;
  return Array.isArray(location) ? location[0] : location;
}

function queryString(query: RequestSpec['query']): string {
  if (!query || Object.keys(query).length === 0) return '';
  return `?${new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, String(value)])).toString()}`;
}
