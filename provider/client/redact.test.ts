import { REDACTED, Redactor } from './redact';

const apiKey = '3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b';

describe('Redactor', () => {
  const redactor = new Redactor([apiKey, 'abc'], ['http://127.0.0.1:8000']);

  it('replaces registered secrets wherever they occur', () => {
    expect(redactor.text(`Bearer ${apiKey} failed`)).toBe(`Bearer ${REDACTED} failed`);
  });

  it('ignores values too short to be secrets', () => {
    expect(redactor.text('abc def')).toBe('abc def');
  });

  it('hides path and query of foreign URLs but keeps the host', () => {
    expect(redactor.text('posting to https://hooks.slack.com/services/T000/B000/XXXX now')).toBe(
      `posting to https://hooks.slack.com/${REDACTED} now`,
    );
    expect(redactor.text('see https://example.com')).toBe('see https://example.com');
    expect(redactor.text('http://user:pw@example.com')).toBe(`http://example.com/${REDACTED}`);
  });

  it('keeps URLs of the API itself', () => {
    expect(redactor.text('GET http://127.0.0.1:8000/api/v2/alerts?limit=5')).toBe('GET http://127.0.0.1:8000/api/v2/alerts?limit=5');
  });

  it('redacts secrets added at runtime, longest first', () => {
    const local = new Redactor([]);
    local.addSecret('token-123456');
    local.addSecret('token-123456-extended');
    expect(local.text('a token-123456-extended b token-123456')).toBe(`a ${REDACTED} b ${REDACTED}`);
  });

  it('masks header values except harmless ones', () => {
    expect(redactor.headers({ Authorization: `Bearer ${apiKey}`, 'X-Custom': 'v', 'content-type': 'application/json' })).toEqual({
      Authorization: REDACTED,
      'X-Custom': REDACTED,
      'content-type': 'application/json',
    });
  });

  it('redacts deep values: secret-named fields, header maps, strings', () => {
    const value = redactor.value({
      password: 'hunter2hunter2',
      url: 'https://example.com/hook',
      nested: { responseHeaders: { 'set-cookie': 'sid=1', 'ratelimit-reset': '5' }, note: `key ${apiKey}` },
      list: [`x ${apiKey}`],
      error: new Error(`boom ${apiKey}`),
    });
    expect(value).toEqual({
      password: REDACTED,
      url: REDACTED,
      nested: { responseHeaders: { 'set-cookie': REDACTED, 'ratelimit-reset': '5' }, note: `key ${REDACTED}` },
      list: [`x ${REDACTED}`],
      error: `boom ${REDACTED}`,
    });
  });
});
