// Transport: one keep-alive undici pool per client, the client-side limiter, retries, timeouts, logging.
import type { Pool } from 'undici';
import packageJson from '../../package.json';
import { Clock, realClock, throwIfAborted } from './clock';
import type { ClientLogger, ClientLogLevel } from './config';
import { AbortedError, ClickStackError, errorFromResponse, NetworkError, RateLimitedError, UnexpectedResponseError } from './errors';
import type { RateLimiter } from './rate-limiter';
import type { Redactor } from './redact';
import { backoffDelayMs, isIdempotent, rateLimitWaitMs, RetryOptions } from './retry';

export const USER_AGENT = `clickstack-cdktf/${packageJson.version}`;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestSpec {
  method: HttpMethod;
  /** Below the flavor's base path, starting with `/`; ids already encoded. */
  path: string;
  query?: Record<string, string | number>;
  body?: unknown;
  signal?: AbortSignal;
}

export interface TransportOptions {
  baseUrl: string;
  authHeaders: Readonly<Record<string, string>>;
  retry: RetryOptions;
  timeoutMs: number;
  /** Wait after a 429 that names no reset time: the flavor's window. */
  rateLimitWindowMs: number;
  limiter?: RateLimiter;
  redactor: Redactor;
  log?: ClientLogger;
  connections: number;
  /** Backoff and 429 waits and the retry time budget run on it. Default: real time. */
  clock?: Clock;
}

/** Connection failures that happen before a byte of the request is written: safe to retry even for a POST. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

class AttemptTimeout extends Error {}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bodyText: string;
}

type AttemptOutcome = { response: RawResponse } | { failure: NetworkError };

export class Transport {
  private openPool: Pool | undefined;
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
   * undici is loaded on the first request, not at start-up: every Terraform command starts the provider several
   * times, and most of those processes (validate, schema) never call the API.
   */
  private get pool(): Pool {
    if (!this.openPool) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
      const { Pool: UndiciPool } = require('undici') as typeof import('undici');
      this.openPool = new UndiciPool(this.origin, { connections: this.options.connections, keepAliveTimeout: 4_000 });
    }
    return this.openPool;
  }

  /** Sends the request with retries; resolves to the parsed JSON body of a 2xx (undefined when empty). */
  async send(spec: RequestSpec): Promise<unknown> {
    const { retry } = this.options;
    const startedAt = this.clock.now();
    const requestPath = this.pathPrefix + spec.path + queryString(spec.query);
    const logPath = `${spec.method} ${requestPath}`;
    for (let attempt = 1; ; attempt++) {
      throwIfAborted(spec.signal);
      const slot = await this.options.limiter?.acquire(spec.signal);
      const outcome = await this.attempt(spec, attempt, requestPath).finally(() => slot?.answered());
      const elapsed = this.clock.now() - startedAt;
      const canRetry = (waitMs: number): boolean => attempt < retry.maxAttempts && elapsed + waitMs <= retry.maxElapsedMs;

      if ('failure' in outcome) {
        const failure = outcome.failure;
        const retryable = isIdempotent(spec.method) || !failure.mayHaveReachedServer;
        const waitMs = backoffDelayMs(attempt - 1, retry);
        if (!retryable || !canRetry(waitMs)) throw failure;
        this.log('warn', `Retrying ${logPath} after a network error`, { attempt, waitMs, error: failure.message });
        await this.clock.sleep(waitMs, spec.signal);
        continue;
      }

      const { response } = outcome;
      if (response.status >= 200 && response.status < 300) return this.parseBody(response, logPath);

      if (response.status === 429) {
        // Refused before processing, so any method may be repeated.
        const waitMs = rateLimitWaitMs(response.headers, this.clock.now()) ?? this.options.rateLimitWindowMs;
        this.options.limiter?.pauseUntil(this.clock.now() + waitMs);
        if (!canRetry(waitMs)) throw this.toError(spec, requestPath, response, waitMs);
        this.log('warn', `Rate limited on ${logPath}; waiting`, { attempt, waitMs });
        await this.clock.sleep(waitMs, spec.signal);
        continue;
      }

      if (response.status >= 500 && isIdempotent(spec.method)) {
        const waitMs = backoffDelayMs(attempt - 1, retry);
        if (canRetry(waitMs)) {
          this.log('warn', `Retrying ${logPath} after HTTP ${response.status}`, { attempt, waitMs });
          await this.clock.sleep(waitMs, spec.signal);
          continue;
        }
      }
      throw this.toError(spec, requestPath, response);
    }
  }

  async close(): Promise<void> {
    await this.openPool?.close();
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
      const bodyText = await response.body.text();
      this.log('debug', `${logPath} -> HTTP ${response.statusCode}`, {
        attempt,
        status: response.statusCode,
        durationMs: this.clock.now() - sentAt,
        responseHeaders: response.headers,
      });
      return { response: { status: response.statusCode, headers: response.headers, bodyText } };
    } catch (error) {
      if (spec.signal?.aborted) throw new AbortedError(`${logPath} was aborted`);
      return { failure: this.networkFailure(spec, requestPath, error, controller.signal.reason instanceof AttemptTimeout) };
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
      : this.options.redactor.text(error instanceof Error ? error.message : String(error));
    return new NetworkError({
      method: spec.method,
      path: requestPath,
      detail: codeText && !timedOut ? `${detail} (${codeText})` : detail,
      code: timedOut ? 'TIMEOUT' : codeText,
      mayHaveReachedServer: timedOut || !(codeText && NOT_SENT_CODES.has(codeText)),
    });
  }

  private parseBody(response: RawResponse, logPath: string): unknown {
    if (response.bodyText.trim() === '') return undefined;
    try {
      return JSON.parse(response.bodyText);
    } catch {
      throw new UnexpectedResponseError(`${logPath} answered HTTP ${response.status} with a body that is not JSON`);
    }
  }

  private toError(spec: RequestSpec, requestPath: string, response: RawResponse, retryAfterMs?: number): ClickStackError {
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

  private log(level: ClientLogLevel, message: string, fields: Record<string, unknown>): void {
    const { log, redactor } = this.options;
    if (!log) return;
    log(level, redactor.text(message), redactor.value(fields) as Record<string, unknown>);
  }
}

function queryString(query: RequestSpec['query']): string {
  if (!query || Object.keys(query).length === 0) return '';
  return `?${new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, String(value)])).toString()}`;
}
