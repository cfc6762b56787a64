import {
  ApiError,
  AuthError,
  ConflictError,
  EndpointUnavailableError,
  errorFromResponse,
  extractErrorBody,
  NotFoundError,
  RateLimitedError,
  ServerError,
  ValidationError,
} from './errors';

const context = { method: 'GET', path: '/api/v2/dashboards/abc' };
const json = 'application/json; charset=utf-8';

describe('errorFromResponse', () => {
  it('reads an OSS JSON {message}', () => {
    const error = errorFromResponse({ ...context, status: 400, contentType: json, bodyText: '{"message":"Body validation failed: name: Required"}' });
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.serverMessage).toBe('Body validation failed: name: Required');
    expect(error.status).toBe(400);
    expect(error.requestId).toBeUndefined();
    expect(error.message).toContain('GET /api/v2/dashboards/abc failed with HTTP 400');
  });

  it('reads a Cloud error envelope with its request id', () => {
    const body = '{"status":404,"error":"NOT_FOUND: Unknown Error","requestId":"1f0e6a8c-2b7d-4c3e-9a1b-0c2d3e4f5a6b"}';
    const error = errorFromResponse({ ...context, status: 404, contentType: json, bodyText: body });
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.serverMessage).toBe('NOT_FOUND: Unknown Error');
    expect(error.requestId).toBe('1f0e6a8c-2b7d-4c3e-9a1b-0c2d3e4f5a6b');
    expect(error.message).toContain('request id 1f0e6a8c');
  });

  it('reads an OSS charts {error}', () => {
    const error = errorFromResponse({ ...context, status: 404, contentType: json, bodyText: '{"error":"Source not found for series 0"}' });
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.serverMessage).toBe('Source not found for series 0');
  });

  it('maps text/plain Unauthorized to AuthError', () => {
    const error = errorFromResponse({ ...context, status: 401, contentType: 'text/plain; charset=utf-8', bodyText: 'Unauthorized' });
    expect(error).toBeInstanceOf(AuthError);
    expect(error.serverMessage).toBe('Unauthorized');
  });

  it('maps text Forbidden and {"message":"Forbidden"} to AuthError', () => {
    expect(errorFromResponse({ ...context, status: 403, contentType: 'text/plain', bodyText: 'Forbidden' })).toBeInstanceOf(AuthError);
    expect(errorFromResponse({ ...context, status: 403, contentType: json, bodyText: '{"message":"Forbidden"}' })).toBeInstanceOf(AuthError);
  });

  it('maps a text "Not Found" (OSS dashboards, connections) to NotFoundError, not to an unavailable endpoint', () => {
    const error = errorFromResponse({ ...context, status: 404, contentType: 'text/plain; charset=utf-8', bodyText: 'Not Found' });
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).not.toBeInstanceOf(EndpointUnavailableError);
    expect(error.serverMessage).toBe('Not Found');
  });

  it('maps the HTML 404 of an unrouted path to EndpointUnavailableError', () => {
    const html =
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /api/v2/nothing</pre>\n</body>\n</html>\n';
    const error = errorFromResponse({ ...context, status: 404, contentType: 'text/html; charset=utf-8', bodyText: html });
    expect(error).toBeInstanceOf(EndpointUnavailableError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error.serverMessage).toBe('Cannot GET /api/v2/nothing');
  });

  it('recognises an HTML body even with a missing content type', () => {
    const error = errorFromResponse({ ...context, status: 404, contentType: '', bodyText: '<pre>Cannot PUT /x</pre>' });
    expect(error).toBeInstanceOf(EndpointUnavailableError);
  });

  it('maps 409 to ConflictError and 5xx to ServerError', () => {
    const conflict = errorFromResponse({ ...context, status: 409, contentType: json, bodyText: '{"message":"Cannot delete webhook: 1 alert(s) still reference it."}' });
    expect(conflict).toBeInstanceOf(ConflictError);
    const server = errorFromResponse({ ...context, status: 500, contentType: json, bodyText: '{"message":"Something went wrong :("}' });
    expect(server).toBeInstanceOf(ServerError);
    expect(server.serverMessage).toBe('Something went wrong :(');
    expect(errorFromResponse({ ...context, status: 502, contentType: 'text/html', bodyText: '<html><body>Bad gateway</body></html>' })).toBeInstanceOf(ServerError);
  });

  it('maps 429 (text/html on OSS) to RateLimitedError carrying the wait', () => {
    const error = errorFromResponse({
      ...context,
      status: 429,
      contentType: 'text/html; charset=utf-8',
      bodyText: 'Too many requests, please try again later.',
      retryAfterMs: 42_000,
    });
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(42_000);
    expect(error.serverMessage).toBe('Too many requests, please try again later.');
  });

  it('falls back to the status for an empty body, and to ApiError for other statuses', () => {
    const error = errorFromResponse({ ...context, status: 418, contentType: '', bodyText: '' });
    expect(error.constructor).toBe(ApiError);
    expect(error.serverMessage).toBe('HTTP 418');
  });
});

describe('extractErrorBody', () => {
  it('flattens the array body of the OSS /team routes', () => {
    const body = JSON.stringify([{ type: 'Body', errors: { issues: [{ path: ['email'], message: 'Invalid email' }] } }]);
    expect(extractErrorBody('application/json', body).message).toBe('Body validation failed: email: Invalid email');
  });

  it('keeps a JSON body without message or error whole', () => {
    expect(extractErrorBody('application/json', '{"status":500}').message).toBe('{"status":500}');
  });
});
