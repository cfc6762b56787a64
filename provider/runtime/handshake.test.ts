import { X509Certificate } from 'node:crypto';
import { checkMagicCookie, handshakeLine, HandshakeError, MAGIC_COOKIE_VALUE, pickProtocolVersion, reattachLine } from './handshake';
import { generateServerCertificate } from './tls';

describe('checkMagicCookie', () => {
  it('accepts Terraform’s cookie and explains itself to a person otherwise', () => {
    expect(() => checkMagicCookie({ TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE })).not.toThrow();
    expect(() => checkMagicCookie({})).toThrow(HandshakeError);
    expect(() => checkMagicCookie({ TF_PLUGIN_MAGIC_COOKIE: 'nope' })).toThrow(/Terraform plugin/);
  });
});

describe('pickProtocolVersion', () => {
  it('picks 6 in any order and fails without it', () => {
    expect(pickProtocolVersion({ PLUGIN_PROTOCOL_VERSIONS: '5,6' })).toBe(6);
    expect(pickProtocolVersion({ PLUGIN_PROTOCOL_VERSIONS: '6,5' })).toBe(6);
    expect(pickProtocolVersion({ PLUGIN_PROTOCOL_VERSIONS: '6' })).toBe(6);
    expect(() => pickProtocolVersion({ PLUGIN_PROTOCOL_VERSIONS: '4,5' })).toThrow(/protocol 6/);
    expect(() => pickProtocolVersion({})).toThrow(HandshakeError);
  });
});

describe('handshakeLine', () => {
  it('carries the certificate as unpadded base64 DER', () => {
    const certificate = generateServerCertificate();
    const line = handshakeLine('/tmp/x/plugin.sock', certificate.der);
    const match = /^1\|6\|unix\|\/tmp\/x\/plugin\.sock\|grpc\|([A-Za-z0-9+/]+)\n$/.exec(line);
    expect(match).not.toBeNull();
    expect(Buffer.from(match![1], 'base64').equals(certificate.der)).toBe(true);
  });

  it('leaves the certificate field empty for plaintext', () => {
    expect(handshakeLine('/s.sock')).toBe('1|6|unix|/s.sock|grpc|\n');
  });
});

describe('reattachLine', () => {
  it('is a shell assignment of the go-plugin reattach config', () => {
    const line = reattachLine('registry.terraform.io/x/y', 42, '/s.sock');
    const json = /^TF_REATTACH_PROVIDERS='(.*)'\n$/.exec(line)![1];
    expect(JSON.parse(json)).toEqual({
      'registry.terraform.io/x/y': { Protocol: 'grpc', ProtocolVersion: 6, Pid: 42, Test: true, Addr: { Network: 'unix', String: '/s.sock' } },
    });
  });
});

describe('generateServerCertificate', () => {
  it('makes a self-signed ECDSA P-256 CA certificate for localhost that node:crypto parses', () => {
    const now = new Date();
    const { der, certPem, keyPem } = generateServerCertificate(now);
    const certificate = new X509Certificate(der);
    expect(new X509Certificate(certPem).raw.equals(der)).toBe(true);
    expect(certificate.subjectAltName).toBe('DNS:localhost');
    expect(certificate.checkHost('localhost')).toBe('localhost');
    expect(certificate.ca).toBe(true);
    expect(certificate.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
    expect(certificate.publicKey.asymmetricKeyDetails).toEqual({ namedCurve: 'prime256v1' });
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(new Date(certificate.validFrom).getTime()).toBeLessThan(now.getTime());
    expect(new Date(certificate.validTo).getTime()).toBeGreaterThan(now.getTime());
    expect(keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('encodes serial numbers minimally, whatever their leading bytes', () => {
    const serials = ['00000001', '0080', '80', 'ff00'].map((hex) => Buffer.from(hex.padEnd(32, '0'), 'hex'));
    for (const serial of serials) {
      const parsed = new X509Certificate(generateServerCertificate(new Date(), serial).der);
      expect(BigInt(`0x${parsed.serialNumber}`)).toBe(BigInt(`0x${serial.toString('hex')}`));
    }
  });

  it('gives every certificate its own key and serial number', () => {
    const first = new X509Certificate(generateServerCertificate().der);
    const second = new X509Certificate(generateServerCertificate().der);
    expect(first.serialNumber).not.toBe(second.serialNumber);
    expect(first.publicKey.export({ format: 'jwk' })).not.toEqual(second.publicKey.export({ format: 'jwk' }));
  });
});
