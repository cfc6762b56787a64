// What a person reads when the API cannot be used: each cause with its reason and its fix, naming the settings as the
// caller names them; and which causes are tried again.
import { type ConnectionContext, credentialsRefusal, diagnose, explain, proxyRefusal, redirectRefusal, refer } from './connection-failure';
import { CONNECT_TIMEOUT_CODE, PROXY_TUNNEL_CODE } from './errors';

const context: ConnectionContext = {
  service: 'ClickStack OSS (HyperDX) at https://hdx.example.com',
  host: 'hdx.example.com',
  credentials: { name: 'API key', source: 'the CLICKSTACK_API_KEY environment variable', hint: 'Use a current key.' },
  names: { endpoint: '`endpoint`', caCertificates: '`ca_certificates`', clientCertificate: '`client_certificate`', insecureSkipVerify: '`insecure_skip_verify`', proxyUrl: '`proxy_url`' },
};
const viaProxy: ConnectionContext = { ...context, proxy: { url: 'http://proxy.corp:3128', source: 'HTTPS_PROXY', withCredentials: false } };

/** A Node system or TLS error, as Node's http client reports it. */
const failure = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('diagnose', () => {
  it.each([
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'its certificate is self-signed', 'Trust the certificate authority'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'ends in a self-signed certificate authority', 'give its certificate in `ca_certificates`'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', '(unknown issuer)', 'SSL_CERT_FILE or SSL_CERT_DIR'],
    ['CERT_HAS_EXPIRED', 'its certificate has expired', "Have the server's certificate renewed"],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'its certificate is for another host name', 'Set `endpoint` to a host name the certificate names'],
    ['ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', 'the server refused the TLS handshake', 'check `client_certificate`'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'does not speak TLS on this port', 'Check the scheme (http or https)'],
  ])('%s: never retried, says why and how to fix it', (code, reason, fix) => {
    const diagnosis = diagnose(failure(code), context)!;
    expect(diagnosis).toMatchObject({ problem: 'tls', retries: 'none', code });
    expect(explain(diagnosis, context)).toMatch(new RegExp(`^cannot use ClickStack OSS \\(HyperDX\\) at https://hdx\\.example\\.com: .*${escape(reason)}.*${escape(fix)}`));
  });

  it('tells DNS failures, refused connections and connect timeouts, of the server or of the proxy', () => {
    expect(explain(diagnose(failure('ENOTFOUND'), context)!, context)).toBe(
      'cannot use ClickStack OSS (HyperDX) at https://hdx.example.com: the host name does not resolve (DNS: no such host). Check the host ' +
        'name in `endpoint`. Where only a proxy can resolve it, set HTTPS_PROXY or `proxy_url`, and keep the host out of NO_PROXY.',
    );
    expect(diagnose(failure('ENOTFOUND'), viaProxy)).toMatchObject({ problem: 'dns', retries: 'none', reason: "the proxy's host name does not resolve (http://proxy.corp:3128, from HTTPS_PROXY)" });
    expect(diagnose(failure('ECONNREFUSED'), context)).toMatchObject({ problem: 'refused', retries: 'brief', reason: 'hdx.example.com refused the connection (nothing listens there)' });
    expect(diagnose(failure('ECONNREFUSED'), viaProxy)).toMatchObject({ reason: 'the proxy http://proxy.corp:3128 (from HTTPS_PROXY) refused the connection (nothing listens there)' });
    expect(diagnose(failure(CONNECT_TIMEOUT_CODE), context)).toMatchObject({ problem: 'timeout', retries: 'brief' });
    expect(explain(diagnose(failure('ECONNREFUSED'), viaProxy)!, viaProxy)).toContain('at https://hdx.example.com through the proxy http://proxy.corp:3128 (from HTTPS_PROXY): ');
  });

  it('leaves failures that may heal to the ordinary retries', () => {
    for (const code of ['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']) expect(diagnose(failure(code), context)).toBeUndefined();
  });

  it('tells a proxy that refuses a tunnel, with or without credentials', () => {
    expect(diagnose(Object.assign(failure(PROXY_TUNNEL_CODE), { statusCode: 407 }), viaProxy)).toMatchObject({
      problem: 'proxy',
      retries: 'none',
      reason: 'the proxy http://proxy.corp:3128 (from HTTPS_PROXY) asks for credentials (HTTP 407)',
    });
    expect(proxyRefusal(502, viaProxy)).toMatchObject({ retries: 'brief', reason: 'the proxy http://proxy.corp:3128 (from HTTPS_PROXY) would not connect to hdx.example.com (HTTP 502)' });
    expect(proxyRefusal(403, viaProxy).fix).toBe('Check that the proxy lets this machine reach hdx.example.com, or list the host in NO_PROXY to connect directly.');
  });

  it('tells a SOCKS5 proxy that refuses the credentials (never retried) or the tunnel (retried briefly)', () => {
    const viaSocks: ConnectionContext = { ...context, proxy: { url: 'socks5://proxy.corp:1080', source: 'HTTPS_PROXY', withCredentials: true } };
    const refused = (message: string, credentials: boolean) => Object.assign(failure(PROXY_TUNNEL_CODE, message), { credentials });
    expect(explain(diagnose(refused('the SOCKS5 proxy refused the user and password of its URL', true), viaSocks)!, viaSocks)).toBe(
      'cannot use ClickStack OSS (HyperDX) at https://hdx.example.com: the SOCKS5 proxy refused the user and password of its URL ' +
        '(socks5://proxy.corp:1080, from HTTPS_PROXY). Put the proxy user and password in its URL, before the host as user:password@ (percent-encoded).',
    );
    expect(diagnose(refused('the SOCKS5 proxy refused the user and password of its URL', true), viaSocks)).toMatchObject({ problem: 'proxy', retries: 'none' });
    expect(diagnose(refused('the SOCKS5 proxy would not connect to hdx.example.com:443: host unreachable', false), viaSocks)).toMatchObject({
      problem: 'proxy',
      retries: 'brief',
      fix: 'Check that the proxy lets this machine reach hdx.example.com, or list the host in NO_PROXY to connect directly.',
    });
  });
});

describe('refusals with an answer', () => {
  it('names where the refused credentials came from; a 403 is about permissions', () => {
    expect(explain(credentialsRefusal(401, 'Unauthorized', context), context)).toBe(
      'cannot use ClickStack OSS (HyperDX) at https://hdx.example.com: the server refused the API key from the CLICKSTACK_API_KEY ' +
        'environment variable (HTTP 401: Unauthorized). Use a current key.',
    );
    expect(credentialsRefusal(403, 'Forbidden', context).fix).toMatch(/^The key is known but may not do this/);
  });

  it('refuses redirects to another origin and from https to http', () => {
    const from = new URL('https://hdx.example.com/api/v2/sources');
    expect(redirectRefusal(301, from, new URL('https://hyperdx.example.com/api/v2/sources'), context).reason).toBe(
      'the server redirects (HTTP 301) to https://hyperdx.example.com, another origin: not followed, so that the credentials never leave https://hdx.example.com',
    );
    expect(redirectRefusal(302, from, new URL('http://hdx.example.com/api/v2/sources'), context)).toMatchObject({
      reason: expect.stringContaining('from https to http'),
      fix: 'Fix the server or the load balancer in front of it: it must not send clients to plain http.',
    });
  });

  it('refers later requests to the first explanation', () => {
    expect(refer(credentialsRefusal(401, 'Unauthorized', context), context)).toBe(
      'not sent: an earlier request found that ClickStack OSS (HyperDX) at https://hdx.example.com cannot be used (the server refused the ' +
        'API key from the CLICKSTACK_API_KEY environment variable (HTTP 401: Unauthorized)); that error says what to check',
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
