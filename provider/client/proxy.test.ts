// The proxy choice, as Go's httpproxy makes it: which variable for which scheme, NO_PROXY's forms, loopback direct.
import fc from 'fast-check';
import { NoProxy, proxyFor } from './proxy';

const to = (url: string, env: Record<string, string>, override?: { url: string; source: string }) => {
  const chosen = proxyFor(new URL(url), env, override);
  return chosen && `${chosen.url.href} from ${chosen.source}`;
};

describe('proxyFor', () => {
  it('uses HTTPS_PROXY for https and HTTP_PROXY for http, upper case first, with no fallback between them', () => {
    expect(to('https://api.example.com', { HTTPS_PROXY: 'http://a:3128', https_proxy: 'http://b:3128' })).toBe('http://a:3128/ from HTTPS_PROXY');
    expect(to('https://api.example.com', { https_proxy: 'b:3128' })).toBe('http://b:3128/ from https_proxy');
    expect(to('https://api.example.com', { HTTP_PROXY: 'http://a:3128' })).toBeUndefined();
    expect(to('http://api.example.com', { HTTP_PROXY: 'http://a:3128' })).toBe('http://a:3128/ from HTTP_PROXY');
    expect(to('http://api.example.com', { HTTPS_PROXY: 'http://a:3128' })).toBeUndefined();
  });

  it('ignores HTTP_PROXY under CGI (httpoxy), never proxies loopback, and lets the setting override everything', () => {
    expect(to('http://api.example.com', { HTTP_PROXY: 'http://a:3128', REQUEST_METHOD: 'GET' })).toBeUndefined();
    for (const url of ['https://localhost:8000', 'https://127.0.0.1', 'https://127.4.5.6:1', 'https://[::1]:8000'])
      expect(to(url, { HTTPS_PROXY: 'http://a:3128' })).toBeUndefined();
    expect(to('https://127.0.0.1', { NO_PROXY: '*' }, { url: 'http://p:1', source: 'proxy_url' })).toBe('http://p:1/ from proxy_url');
  });

  it('refuses a proxy URL of another scheme', () => {
    expect(() => to('https://api.example.com', { HTTPS_PROXY: 'ftp://a' })).toThrow('HTTPS_PROXY must be an http, https or socks5 URL');
  });
});

describe('NO_PROXY', () => {
  const bypasses = (noProxy: string, host: string, port = '443') => new NoProxy(noProxy).bypasses(host, port);

  it('matches a domain and its subdomains; with a leading dot or *., its subdomains only', () => {
    expect([bypasses('example.com', 'example.com'), bypasses('example.com', 'api.example.com'), bypasses('example.com', 'notexample.com')]).toEqual([true, true, false]);
    expect([bypasses('.example.com', 'example.com'), bypasses('.example.com', 'api.example.com')]).toEqual([false, true]);
    expect([bypasses('*.example.com', 'example.com'), bypasses('*.example.com', 'a.b.example.com')]).toEqual([false, true]);
    expect(bypasses(' Example.COM ,other', 'API.example.com')).toBe(true);
  });

  it('matches ports when an entry names one', () => {
    expect([bypasses('example.com:8443', 'example.com', '8443'), bypasses('example.com:8443', 'example.com', '443')]).toEqual([true, false]);
    expect([bypasses('10.0.0.1:80', '10.0.0.1', '80'), bypasses('10.0.0.1:80', '10.0.0.1', '443')]).toEqual([true, false]);
    expect(bypasses('[2001:db8::1]:443', '[2001:db8::1]', '443')).toBe(true);
  });

  it('matches IP addresses and CIDR ranges, IPv4 and IPv6, only for IP hosts', () => {
    expect([bypasses('10.0.0.0/8', '10.20.30.40'), bypasses('10.0.0.0/8', '11.0.0.1'), bypasses('2001:db8::/32', '[2001:db8:1::5]')]).toEqual([true, false, true]);
    expect([bypasses('192.168.1.1', '192.168.1.1'), bypasses('2001:db8::1', '[2001:db8::1]'), bypasses('10.0.0.0/8', 'ten.example')]).toEqual([true, true, false]);
  });

  it('bypasses everything with *, and nothing for an empty list', () => {
    expect([bypasses('*', 'anything.example'), bypasses('', 'anything.example'), bypasses(' , ', 'x.example')]).toEqual([true, false, false]);
  });

  const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
  const domain = fc.array(label, { minLength: 1, maxLength: 3 }).map((labels) => labels.join('.'));

  it('property: `d` matches d and every subdomain of d, `.d` only the subdomains, and neither a name that merely ends like d', () => {
    fc.assert(
      fc.property(domain, label, label, (d, sub, prefix) => {
        expect(bypasses(d, d)).toBe(true);
        expect(bypasses(d, `${sub}.${d}`)).toBe(true);
        expect(bypasses(`.${d}`, d)).toBe(false);
        expect(bypasses(`.${d}`, `${sub}.${d}`)).toBe(true);
        expect(bypasses(d, `${prefix}${d}`)).toBe(false);
      }),
    );
  });

  it('property: an IPv4 CIDR entry matches exactly the addresses whose first `prefix` bits agree', () => {
    const octets = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));
    fc.assert(
      fc.property(octets, octets, fc.integer({ min: 0, max: 32 }), (network, address, prefix) => {
        const toNumber = (o: number[]) => ((o[0] << 24) | (o[1] << 16) | (o[2] << 8) | o[3]) >>> 0;
        const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
        const inside = (toNumber(network) & mask) === (toNumber(address) & mask);
        const host = address.join('.');
        fc.pre(!host.startsWith('127.'));
        expect(bypasses(`${network.join('.')}/${prefix}`, host)).toBe(inside);
      }),
    );
  });
});
