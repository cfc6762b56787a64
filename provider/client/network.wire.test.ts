// The client on real networks: the emulator over HTTPS with certificates of a CA made here, a real forwarding proxy,
// and servers that redirect. Each failure must be told once, with where, why and what to check; nothing may reach a
// server it was not meant for.
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { type EmulatorHandle, startEmulator } from '../../emulator';
import { emulatorClient } from '../../test/support/emulator-clients';
import { type KeyPair, selfSigned, TestCertificateAuthority } from '../../test/support/certificates';
import { type ForwardProxy, startForwardProxy, startRefusingProxy } from '../../test/support/forward-proxy';
import { startSocksProxy } from '../../test/support/socks-proxy';
import { type ClickStackClient, type CommonClientOptions, ConnectionError, createClient } from './index';

jest.setTimeout(30_000);

/** A name only the test proxy resolves (RFC 6761 reserves .test). */
const PRIVATE_HOST = 'clickstack.test';

let authority: TestCertificateAuthority;
let serverCertificate: KeyPair;
let emulator: EmulatorHandle;
const clients: ClickStackClient[] = [];

beforeAll(async () => {
  authority = new TestCertificateAuthority();
  serverCertificate = authority.issue([PRIVATE_HOST, '127.0.0.1']);
  emulator = await startEmulator({ flavor: 'both', rateLimit: false, tls: serverCertificate });
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await emulator.close();
});

/** An OSS client of `endpoint` (default: the HTTPS emulator) with no environment of its own unless given. */
function client(options: CommonClientOptions & { endpoint?: string } = {}): ClickStackClient {
  const made = createClient({
    flavor: 'oss',
    endpoint: options.endpoint ?? emulator.ossUrl,
    apiKey: emulator.apiKey,
    rateLimit: false,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    credentialSource: 'the TEST_KEY variable',
    ...options,
    network: { environment: {}, ...options.network },
  });
  clients.push(made);
  return made;
}

const failureOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('trust', () => {
  it('refuses a certificate of a CA it does not trust, once, naming the host, why and what to do', async () => {
    const untrusting = client();
    const sent = emulator.requests.length;
    const failures = await Promise.all([untrusting.sources.list(), untrusting.webhooks.list(), untrusting.dashboards.list()].map(failureOf));
    expect(failures.every((failure) => failure instanceof ConnectionError && failure.problem === 'tls')).toBe(true);
    const [first, ...later] = failures as ConnectionError[];
    expect(first.message).toBe(
      `GET /api/v2/sources: cannot use ClickStack OSS (HyperDX) at ${emulator.ossUrl}: the server's certificate cannot be trusted: its ` +
        'certificate was issued by a certificate authority this machine does not trust (unknown issuer). Trust the certificate authority ' +
        'that signed it: give its certificate in the CA certificates option, or point SSL_CERT_FILE or SSL_CERT_DIR at a bundle that holds ' +
        "it (this machine's system store is read too). Setting the option to skip verification turns the check off, for tests only.",
    );
    expect(later.map((failure) => failure.repeated)).toEqual([true, true]);
    expect(later[0].message).toMatch(/^GET \/api\/v2\/webhooks\?limit=1000&offset=0: not sent: an earlier request found that ClickStack OSS/);
    // The handshake failed: the server saw no request at all.
    expect(emulator.requests.length).toBe(sent);
  });

  it('trusts the CA given as PEM text, as a file, or through SSL_CERT_FILE and SSL_CERT_DIR', async () => {
    await expect(client({ network: { caCertificates: authority.ca.cert } }).sources.list()).resolves.toHaveLength(4);
    await expect(client({ network: { caCertificates: authority.ca.certPath } }).sources.list()).resolves.toHaveLength(4);
    await expect(client({ network: { environment: { SSL_CERT_FILE: authority.ca.certPath } } }).sources.list()).resolves.toHaveLength(4);
    await expect(client({ network: { environment: { SSL_CERT_DIR: `/nonexistent:${authority.dir}` } } }).sources.list()).resolves.toHaveLength(4);
  });

  it('says a certificate is self-signed, or for another host name', async () => {
    const self = await startEmulator({ flavor: 'oss', rateLimit: false, tls: selfSigned(['127.0.0.1']) });
    try {
      const failure = await failureOf(client({ endpoint: self.ossUrl }).sources.list());
      expect(failure).toMatchObject({ problem: 'tls', message: expect.stringContaining('its certificate is self-signed') });
    } finally {
      await self.close();
    }
    const byName = emulator.ossUrl.replace('127.0.0.1', 'localhost');
    const mismatch = await failureOf(client({ endpoint: byName, network: { caCertificates: authority.ca.cert } }).sources.list());
    expect(mismatch).toMatchObject({ problem: 'tls', message: expect.stringContaining('its certificate is for another host name. Set the endpoint to a host name the certificate names') });
  });

  it('accepts any certificate only when told to skip verification', async () => {
    await expect(client({ network: { insecureSkipVerify: true } }).sources.list()).resolves.toHaveLength(4);
  });

  it('refuses unusable TLS settings when the client is made', () => {
    expect(() => client({ network: { caCertificates: '/nonexistent/ca.pem' } })).toThrow('The CA certificates setting is neither PEM text nor a readable file (ENOENT: /nonexistent/ca.pem)');
    expect(() => client({ network: { clientCertificate: serverCertificate.cert } })).toThrow('A client certificate and its key must be given together');
    expect(() => client({ network: { caCertificates: 'not a certificate\nMIIB-secret-looking-text' } })).toThrow(/^The CA certificates setting is neither PEM text nor a readable file \(ENOENT\)$/);
    expect(() => client({ network: { caCertificates: serverCertificate.key } })).toThrow('The CA certificates setting holds no PEM certificate');
  });
});

describe('mutual TLS', () => {
  it('presents the client certificate a server requires; without one, says the server refused the handshake (TLS 1.2)', async () => {
    const clientCertificate = authority.issue(['ci-runner']);
    const subjects: string[] = [];
    // TLS 1.2: the server refuses a missing certificate within the handshake. Under TLS 1.3 it refuses after the handshake,
    // and the client reads a closed connection, which cannot be told from others.
    const tls = { ...serverCertificate, ca: authority.ca.cert, requestCert: true, rejectUnauthorized: true, maxVersion: 'TLSv1.2' as const };
    const server = https.createServer(tls, (request, response) => {
      subjects.push(String((request.socket as TLSSocket).getPeerCertificate().subject.CN));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[]}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const network = { caCertificates: authority.ca.cert, clientCertificate: clientCertificate.certPath, clientKey: clientCertificate.keyPath };
      await expect(client({ endpoint, network }).webhooks.list()).resolves.toEqual([]);
      expect(subjects).toEqual(['ci-runner']);
      const refused = await failureOf(client({ endpoint, network: { caCertificates: authority.ca.cert } }).webhooks.list());
      expect(refused).toMatchObject({ problem: 'tls', message: expect.stringContaining('the server refused the TLS handshake') });
      expect((refused as Error).message).toContain('It may require a client certificate, or not accept the one given: check the client certificate option.');
      expect(subjects).toEqual(['ci-runner']);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});

describe('proxies', () => {
  let proxy: ForwardProxy;
  let guarded: ForwardProxy;
  const privateUrl = () => emulator.ossUrl.replace('127.0.0.1', PRIVATE_HOST);
  beforeAll(async () => {
    proxy = await startForwardProxy({ hosts: { [PRIVATE_HOST]: '127.0.0.1' } });
    guarded = await startForwardProxy({ hosts: { [PRIVATE_HOST]: '127.0.0.1' }, credentials: 'ci:s3cret-pass' });
  });
  afterAll(async () => Promise.all([proxy.close(), guarded.close()]));
  beforeEach(() => (proxy.requests.length = guarded.requests.length = 0));

  const trusted = (environment: Record<string, string>, options: CommonClientOptions & { endpoint?: string } = {}) =>
    client({ endpoint: privateUrl(), ...options, network: { caCertificates: authority.ca.cert, environment, ...options.network } });

  it('tunnels https through HTTPS_PROXY (or https_proxy), where the name resolves', async () => {
    await expect(trusted({ HTTPS_PROXY: proxy.url }).sources.list()).resolves.toHaveLength(4);
    await expect(trusted({ https_proxy: proxy.url.replace('http://', '') }).webhooks.list()).resolves.toBeDefined();
    expect(proxy.requests.map((request) => `${request.method} ${request.target}`)).toEqual([
      `CONNECT ${PRIVATE_HOST}:${new URL(emulator.ossUrl).port}`,
      `CONNECT ${PRIVATE_HOST}:${new URL(emulator.ossUrl).port}`,
    ]);
  });

  it('goes direct for NO_PROXY hosts and for loopback, and uses proxy_url whatever the environment says', async () => {
    const direct = await failureOf(trusted({ HTTPS_PROXY: proxy.url, NO_PROXY: '.example.com,clickstack.test' }).sources.list());
    expect(direct).toMatchObject({ problem: 'dns', message: expect.stringContaining('the host name does not resolve (DNS: no such host)') });
    await expect(trusted({ HTTPS_PROXY: proxy.url }, { endpoint: emulator.ossUrl }).sources.list()).resolves.toHaveLength(4);
    expect(proxy.requests).toEqual([]);
    const overridden = trusted({ HTTPS_PROXY: 'http://127.0.0.1:1', NO_PROXY: '*' }, { network: { proxy: { url: proxy.url, source: 'the proxy option' } } });
    await expect(overridden.sources.list()).resolves.toHaveLength(4);
    expect(proxy.requests).toHaveLength(1);
  });

  it('sends the credentials of the proxy URL, and tells a refusal (407) once without printing them', async () => {
    const withCredentials = `http://ci:s3cret-pass@127.0.0.1:${guarded.port}`;
    await expect(trusted({ HTTPS_PROXY: withCredentials }).sources.list()).resolves.toHaveLength(4);
    expect(guarded.requests.map((request) => request.authorized)).toEqual([true]);
    const wrong = trusted({ HTTPS_PROXY: `http://ci:wrong-pass@127.0.0.1:${guarded.port}` });
    const failures = await Promise.all([wrong.sources.list(), wrong.webhooks.list()].map(failureOf));
    expect(failures[0]).toMatchObject({
      problem: 'proxy',
      message: `GET /api/v2/sources: cannot use ClickStack OSS (HyperDX) at https://${PRIVATE_HOST}:${new URL(emulator.ossUrl).port}: the proxy ` +
        `http://127.0.0.1:${guarded.port} (from HTTPS_PROXY) refused the credentials in its URL (HTTP 407). Put the proxy user and password ` +
        'in its URL, before the host as user:password@ (percent-encoded).',
    });
    expect(failures[1]).toMatchObject({ problem: 'proxy', repeated: true });
    expect(JSON.stringify(failures.map((failure) => (failure as Error).message))).not.toContain('wrong-pass');
    expect(guarded.requests).toHaveLength(2);
  });

  it('tells a tunnel the proxy would not open (502), after brief retries even of a POST: nothing was sent', async () => {
    const refusing = await startRefusingProxy(502);
    try {
      const failure = await failureOf(trusted({ HTTPS_PROXY: refusing.url }).team.invite({ email: 'new@example.com' }));
      expect(failure).toMatchObject({
        problem: 'proxy',
        message: expect.stringContaining(`the proxy ${refusing.url} (from HTTPS_PROXY) would not connect to ${PRIVATE_HOST}:${new URL(emulator.ossUrl).port} (HTTP 502)`),
      });
      expect(refusing.targets).toHaveLength(3);
    } finally {
      await refusing.close();
    }
  });

  it('tunnels through a SOCKS5 proxy with the credentials of its URL, and tells refused credentials once without printing them', async () => {
    const socks = await startSocksProxy({ hosts: { [PRIVATE_HOST]: '127.0.0.1' }, credentials: 'ci:s3cret-pass' });
    try {
      await expect(trusted({ HTTPS_PROXY: `socks5://ci:s3cret-pass@127.0.0.1:${socks.port}` }).sources.list()).resolves.toHaveLength(4);
      expect(socks.targets).toEqual([`${PRIVATE_HOST}:${new URL(emulator.ossUrl).port}`]);
      const wrong = trusted({ HTTPS_PROXY: `socks5://ci:wrong-pass@127.0.0.1:${socks.port}` });
      const failures = await Promise.all([wrong.sources.list(), wrong.webhooks.list()].map(failureOf));
      expect(failures[0]).toMatchObject({
        problem: 'proxy',
        message: expect.stringContaining(`the SOCKS5 proxy refused the user and password of its URL (socks5://127.0.0.1:${socks.port}, from HTTPS_PROXY). Put the proxy user`),
      });
      expect(failures[1]).toMatchObject({ problem: 'proxy', repeated: true });
      expect(JSON.stringify(failures.map((failure) => (failure as Error).message))).not.toContain('wrong-pass');
      expect(socks.targets).toHaveLength(1);
    } finally {
      await socks.close();
    }
  });

  it('forwards plain http through HTTP_PROXY, and tells a proxy that is not there', async () => {
    const plain = await startEmulator({ flavor: 'oss', rateLimit: false });
    try {
      const endpoint = plain.ossUrl.replace('127.0.0.1', PRIVATE_HOST);
      await expect(client({ endpoint, network: { environment: { HTTP_PROXY: proxy.url } } }).sources.list()).resolves.toHaveLength(4);
      expect(proxy.requests.map((request) => `${request.method} ${request.target}`)).toEqual([`GET ${endpoint}/api/v2/sources`]);
      const absent = await failureOf(client({ endpoint, network: { environment: { HTTP_PROXY: 'http://127.0.0.1:1' } } }).sources.list());
      expect(absent).toMatchObject({ problem: 'refused', message: expect.stringContaining('the proxy http://127.0.0.1:1 (from HTTP_PROXY) refused the connection') });
    } finally {
      await plain.close();
    }
  });
});

describe('redirects', () => {
  interface Recorder {
    url: string;
    seen: Array<{ url: string; authorization?: string }>;
    close(): Promise<void>;
  }
  /** A server that records each request and answers with `answer`. */
  async function recorder(answer: (request: http.IncomingMessage, response: http.ServerResponse) => void): Promise<Recorder> {
    const seen: Recorder['seen'] = [];
    const server = http.createServer((request, response) => {
      seen.push({ url: request.url ?? '', authorization: request.headers.authorization });
      answer(request, response);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      seen,
      close: () => new Promise<void>((done) => server.close(() => done())),
    };
  }

  it('never sends the credentials to another origin: a redirect there is refused, once, with the address to use', async () => {
    const elsewhere = await recorder((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[]}'));
    const redirecting = await recorder((request, response) => response.writeHead(307, { location: `${elsewhere.url}/api${request.url}` }).end());
    try {
      const redirected = client({ endpoint: redirecting.url, network: { environment: {} } });
      const failures = await Promise.all([redirected.sources.list(), redirected.webhooks.list()].map(failureOf));
        expect(failures[0]).toMatchObject({
        problem: 'redirect',
        message:
          `GET /api/v2/sources: cannot use ClickStack OSS (HyperDX) at ${redirecting.url}: the server redirects (HTTP 307) to ${elsewhere.url}, ` +
          `another origin: not followed, so that the credentials never leave ${redirecting.url}. Set the endpoint to ${elsewhere.url} (with the ` +
          'path the server redirects to, if any) if that is where the API lives.',
      });
      expect(failures[1]).toMatchObject({ problem: 'redirect', repeated: true });
      expect(elsewhere.seen).toEqual([]);
      expect(redirecting.seen).toHaveLength(1);
    } finally {
      await Promise.all([elsewhere.close(), redirecting.close()]);
    }
  });

  it('follows a redirect within the origin, with the credentials', async () => {
    const server = await recorder((request, response) => {
      if (request.url?.startsWith('/old/')) return void response.writeHead(308, { location: request.url.replace('/old/', '/') }).end();
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[]}');
    });
    try {
      await expect(client({ endpoint: `${server.url}/old` }).webhooks.list()).resolves.toEqual([]);
      expect(server.seen.map((request) => [request.url, request.authorization])).toEqual([
        ['/old/api/v2/webhooks?limit=1000&offset=0', `Bearer ${emulator.apiKey}`],
        ['/api/v2/webhooks?limit=1000&offset=0', `Bearer ${emulator.apiKey}`],
      ]);
    } finally {
      await server.close();
    }
  });
});

describe('refused connections', () => {
  it('are retried briefly, then told once', async () => {
    const logs: string[] = [];
    const refused = client({ endpoint: 'http://127.0.0.1:1', log: (_level, message) => logs.push(message) });
    const failures = await Promise.all([refused.sources.list(), refused.webhooks.list()].map(failureOf));
    expect(failures.map((failure) => [(failure as ConnectionError).problem, (failure as ConnectionError).repeated])).toEqual([
      ['refused', false],
      ['refused', true],
    ]);
    expect(logs.filter((message) => message.startsWith('Retrying GET'))).toHaveLength(2);
  });

  it('the emulator client of the test support still reaches the plain emulator (no proxy from the environment applies to loopback)', async () => {
    const plain = await startEmulator({ flavor: 'oss', rateLimit: false });
    try {
      const reached = emulatorClient(plain, 'oss', { network: { environment: { HTTP_PROXY: 'http://127.0.0.1:1' } } });
      clients.push(reached);
      await expect(reached.sources.list()).resolves.toHaveLength(4);
    } finally {
      await plain.close();
    }
  });
});
