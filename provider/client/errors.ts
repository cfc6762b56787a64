// Typed errors for every failure the two ClickStack APIs produce. Messages are redacted before they reach here.

export interface ErrorContext {
  method: string;
  path: string;
}

/** Base of every error the client throws. */
export class ClickStackError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The server answered with a non-2xx status. */
export class ApiError extends ClickStackError {
  readonly status: number;
  /** The server's own message (JSON `message`/`error`, or the text body), redacted. */
  readonly serverMessage: string;
  /** Cloud sends one in every envelope; OSS never does. */
  readonly requestId?: string;
  readonly method: string;
  readonly path: string;

  constructor(init: { status: number; serverMessage: string; requestId?: string } & ErrorContext) {
    const suffix = init.requestId ? ` (request id ${init.requestId})` : '';
    super(`${init.method} ${init.path} failed with HTTP ${init.status}: ${init.serverMessage}${suffix}`);
    this.status = init.status;
    this.serverMessage = init.serverMessage;
    this.requestId = init.requestId;
    this.method = init.method;
    this.path = init.path;
  }
}

/** 400/422: the body, a parameter or a reference was rejected. */
export class ValidationError extends ApiError {}
/** 401/403: missing or bad credentials, or a key without permission. */
export class AuthError extends ApiError {}
/** 404 with a JSON or plain-text body: the object does not exist. */
export class NotFoundError extends ApiError {}
/**
 * 404 with an HTML body (Express "Cannot GET ..."), or an endpoint the flavor does not have: the path is not
 * routed here. It never means the object was deleted.
 */
export class EndpointUnavailableError extends ApiError {}
/** 409: a concurrent modification or a webhook still referenced by alerts. */
export class ConflictError extends ApiError {}
/** 5xx. */
export class ServerError extends ApiError {}

/** 429 that outlasted the retry budget. */
export class RateLimitedError extends ApiError {
  /** What the server asked us to wait, when it said so. */
  readonly retryAfterMs?: number;
  constructor(init: ConstructorParameters<typeof ApiError>[0] & { retryAfterMs?: number }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/**
 * No HTTP response: connection refused, reset, or a timeout. `mayHaveReachedServer` tells a caller of a POST that
 * the object may exist now (the client never retries such a POST).
 */
export class NetworkError extends ClickStackError {
  readonly method: string;
  readonly path: string;
  readonly code?: string;
  readonly mayHaveReachedServer: boolean;
  constructor(init: ErrorContext & { detail: string; code?: string; mayHaveReachedServer: boolean; cause?: unknown }) {
    const ambiguity = init.mayHaveReachedServer ? '; the request may have reached the server' : '';
    super(`${init.method} ${init.path}: ${init.detail}${ambiguity}`, { cause: init.cause });
    this.method = init.method;
    this.path = init.path;
    this.code = init.code;
    this.mayHaveReachedServer = init.mayHaveReachedServer;
  }
}

/** What keeps a client from the API at all; each is reported once in full per client (connection-failure.ts). */
export type ConnectionProblem = 'credentials' | 'tls' | 'dns' | 'refused' | 'timeout' | 'proxy' | 'redirect';

/**
 * The message of a thrown value. Node's own network errors are made in Node's realm, which is not the code's when it
 * runs in a vm context (jest's test environment is one): they fail `instanceof Error` there.
 */
export function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** The code of a socket not made in time (node-transport.ts): Node's own, which net's autoSelectFamily uses too. */
export const CONNECT_TIMEOUT_CODE = 'ERR_SOCKET_CONNECTION_TIMEOUT';

/**
 * The code of a proxy's refusal to open a tunnel (Node's own proxy support names it so): an HTTP proxy's answer to a
 * CONNECT other than 200, its status as `statusCode`; or a SOCKS5 proxy's refusal (socks5.ts), `credentials` true when
 * it concerns the user and password.
 */
export const PROXY_TUNNEL_CODE = 'ERR_PROXY_TUNNEL';

/**
 * The API cannot be reached, or refuses this client, for a reason no retry heals within one run: a certificate that is
 * not trusted, a name that does not resolve, a refused connection, a proxy that refuses, a redirect to another origin,
 * refused credentials. The first request that meets it carries the whole explanation (what failed, where, why, what
 * to check); every later request of the client fails at once with a short reference to it, and nothing is sent.
 * Nothing was processed: a create that fails so made nothing.
 */
export class ConnectionError extends ClickStackError {
  readonly method: string;
  readonly path: string;
  readonly problem: ConnectionProblem;
  /** A later request failing fast on the same cause: its message refers to the first one. */
  readonly repeated: boolean;
  /** The system or TLS error code, where one told the cause. */
  readonly code?: string;
  /** The short form, which refers to the full one: for a caller that meets this same error again (a shared read). */
  readonly reference: string;
  constructor(init: ErrorContext & { problem: ConnectionProblem; detail: string; reference: string; repeated?: boolean; code?: string }) {
    super(`${init.method} ${init.path}: ${init.detail}`);
    this.reference = `${init.method} ${init.path}: ${init.reference}`;
    this.method = init.method;
    this.path = init.path;
    this.problem = init.problem;
    this.repeated = init.repeated ?? false;
    this.code = init.code;
  }
}

/**
 * A response the client cannot use: a 2xx whose body is not JSON, not the flavor's envelope, or not the document the
 * endpoint returns (a field missing or of the wrong type), or a body too large to read. After a POST the object may
 * exist all the same.
 */
export class UnexpectedResponseError extends ClickStackError {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** What is wrong, naming the field where one is at fault. */
  readonly problem: string;
  constructor(init: ErrorContext & { status: number; problem: string }) {
    super(`${init.method} ${init.path} answered HTTP ${init.status} with ${init.problem}`);
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.problem = init.problem;
  }
}

/** The caller's AbortSignal fired. */
export class AbortedError extends ClickStackError {}

export interface ResponseForError extends ErrorContext {
  status: number;
  contentType: string;
  bodyText: string;
  /** Wait the server asked for on a 429, already parsed from its headers. */
  retryAfterMs?: number;
}

const HTML_ROUTE_MESSAGE = /<pre>([\s\S]*?)<\/pre>/i;

function looksLikeHtml(contentType: string, bodyText: string): boolean {
  return contentType.includes('text/html') || /^\s*</.test(bodyText);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `[{type:"Body", errors:{issues:[{path, message}]}}]` from the OSS /team routes (zod-express-middleware). */
function zodMiddlewareMessage(items: unknown[]): string {
  return items
    .map((item) => {
      const entry = item as { type?: unknown; errors?: { issues?: Array<{ path?: unknown[]; message?: unknown }> } };
      const issues = (entry.errors?.issues ?? []).map((issue) => `${(issue.path ?? []).join('.')}: ${String(issue.message)}`);
      return `${String(entry.type ?? 'Request')} validation failed: ${issues.join('; ')}`;
    })
    .join('; ');
}

interface ExtractedBody {
  message: string;
  requestId?: string;
  /** The body came from Express's default handler for an unrouted path. */
  unrouted: boolean;
}

/** Reads the message out of any body shape the servers send: JSON {message}/{error}, an array, text, HTML. */
export function extractErrorBody(contentType: string, bodyText: string): ExtractedBody {
  const json = parseJson(bodyText);
  if (Array.isArray(json)) return { message: zodMiddlewareMessage(json), unrouted: false };
  if (json !== null && typeof json === 'object') {
    const record = json as Record<string, unknown>;
    const text = [record.message, record.error].find((value) => typeof value === 'string') as string | undefined;
    const requestId = typeof record.requestId === 'string' ? record.requestId : undefined;
    return { message: text ?? bodyText.trim(), requestId, unrouted: false };
  }
  if (looksLikeHtml(contentType, bodyText)) {
    const pre = HTML_ROUTE_MESSAGE.exec(bodyText)?.[1];
    const message = (pre ?? bodyText.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
    return { message, unrouted: /^Cannot [A-Z]+ /.test(message) };
  }
  return { message: bodyText.trim(), unrouted: false };
}

/** Maps a non-2xx response to its typed error. */
export function errorFromResponse(response: ResponseForError): ApiError {
  const { status, contentType, bodyText } = response;
  const extracted = extractErrorBody(contentType, bodyText);
  const init = {
    status,
    serverMessage: extracted.message || `HTTP ${status}`,
    requestId: extracted.requestId,
    method: response.method,
    path: response.path,
  };
  if (status === 404) {
    // Only an Express HTML page means "not routed"; JSON and text "Not Found" come from a handler that looked.
    const unrouted = extracted.unrouted || (looksLikeHtml(contentType, bodyText) && parseJson(bodyText) === undefined);
    return unrouted ? new EndpointUnavailableError(init) : new NotFoundError(init);
  }
  if (status === 429) return new RateLimitedError({ ...init, retryAfterMs: response.retryAfterMs });
  if (status === 400 || status === 422) return new ValidationError(init);
  if (status === 401 || status === 403) return new AuthError(init);
  if (status === 409) return new ConflictError(init);
  if (status >= 500) return new ServerError(init);
  return new ApiError(init);
}

/** The client configuration is incomplete or malformed. */
export class ConfigurationError extends ClickStackError {}
