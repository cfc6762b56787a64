// AutoMTLS: go-plugin's client only trusts the certificate we print in the handshake line, so each
// process generates a fresh self-signed one. Node can sign but not build X.509, so the DER is written
// here by hand (just the fields Go's verifier needs: SAN localhost, CA, key usages, validity).
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';

export interface ServerCertificate {
  /** DER of the leaf certificate (the handshake line carries it base64-encoded). */
  der: Buffer;
  certPem: string;
  keyPem: string;
}

// DER encoding: tag, length, content.
function tlv(tag: number, content: Buffer): Buffer {
  const length = content.length;
  let lengthBytes: Buffer;
  if (length < 0x80) {
    lengthBytes = Buffer.from([length]);
  } else {
    const digits: number[] = [];
    for (let rest = length; rest > 0; rest >>= 8) digits.unshift(rest & 0xff);
    lengthBytes = Buffer.from([0x80 | digits.length, ...digits]);
  }
  return Buffer.concat([Buffer.from([tag]), lengthBytes, content]);
}

const sequence = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));
const explicit = (tagNumber: number, inner: Buffer) => tlv(0xa0 | tagNumber, inner);
const bitString = (bytes: Buffer, unusedBits = 0) => tlv(0x03, Buffer.concat([Buffer.from([unusedBits]), bytes]));
const octetString = (bytes: Buffer) => tlv(0x04, bytes);
const utf8String = (text: string) => tlv(0x0c, Buffer.from(text, 'utf8'));
const booleanTrue = tlv(0x01, Buffer.from([0xff]));

function positiveInteger(bytes: Buffer): Buffer {
  // DER wants the shortest form: no leading zero bytes, except one that keeps the value positive.
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const minimal = bytes.subarray(start);
  return tlv(0x02, minimal[0] & 0x80 ? Buffer.concat([Buffer.from([0]), minimal]) : minimal);
}

function objectIdentifier(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const base128 = [arc & 0x7f];
    for (let value = arc >> 7; value > 0; value >>= 7) base128.unshift(0x80 | (value & 0x7f));
    bytes.push(...base128);
  }
  return tlv(0x06, Buffer.from(bytes));
}

/** RFC 5280: UTCTime up to 2049, GeneralizedTime from 2050. */
function time(date: Date): Buffer {
  const iso = date.toISOString(); // 2026-01-02T03:04:05.678Z
  const digits = iso.slice(0, 19).replace(/[-:T]/g, '') + 'Z'; // 20260102030405Z
  return date.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(digits.slice(2))) : tlv(0x18, Buffer.from(digits));
}

function extension(oid: string, critical: boolean, value: Buffer): Buffer {
  return sequence(objectIdentifier(oid), ...(critical ? [booleanTrue] : []), octetString(value));
}

const ECDSA_WITH_SHA256 = sequence(objectIdentifier('1.2.840.10045.4.3.2'));
// digitalSignature | keyEncipherment | keyAgreement | keyCertSign, as go-plugin's own certificates have.
const KEY_USAGE_BITS = Buffer.from([0b10101100]);

function toPem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** A fresh ECDSA P-256 self-signed certificate for `localhost`, valid from 30 s ago for one year. */
export function generateServerCertificate(now = new Date(), serialNumber = randomBytes(16)): ServerCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const name = sequence(set(sequence(objectIdentifier('2.5.4.3'), utf8String('localhost'))));
  const notBefore = new Date(now.getTime() - 30_000);
  const notAfter = new Date(now.getTime() + 365 * 24 * 3600_000);
  const extensions = [
    extension('2.5.29.19', true, sequence(booleanTrue)), // basicConstraints: CA
    extension('2.5.29.15', true, bitString(KEY_USAGE_BITS, 2)), // keyUsage
    extension('2.5.29.37', false, sequence(objectIdentifier('1.3.6.1.5.5.7.3.1'), objectIdentifier('1.3.6.1.5.5.7.3.2'))),
    extension('2.5.29.17', false, sequence(tlv(0x82, Buffer.from('localhost')))), // subjectAltName: DNS
  ];
  const tbsCertificate = sequence(
    explicit(0, tlv(0x02, Buffer.from([2]))), // version 3
    positiveInteger(serialNumber),
    ECDSA_WITH_SHA256,
    name,
    sequence(time(notBefore), time(notAfter)),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, sequence(...extensions)),
  );
  const signature = sign('sha256', tbsCertificate, { key: privateKey, dsaEncoding: 'der' });
  const der = sequence(tbsCertificate, ECDSA_WITH_SHA256, bitString(signature));
  return {
    der,
    certPem: toPem('CERTIFICATE', der),
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
