// Certificates made in the test with the openssl command line: a private certificate authority, server certificates
// it signs for the names given, and a self-signed one. Nothing here is trusted by the system.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface KeyPair {
  /** PEM text of the certificate and of its key, and the files that hold them. */
  cert: string;
  key: string;
  certPath: string;
  keyPath: string;
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

function openssl(dir: string, ...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

function pair(dir: string, name: string): KeyPair {
  const certPath = join(dir, `${name}.pem`);
  const keyPath = join(dir, `${name}.key`);
  return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8'), certPath, keyPath };
}

const subjectAltName = (names: string[]) => `subjectAltName=${names.map((name) => (/^[\d.]+$/.test(name) ? `IP:${name}` : `DNS:${name}`)).join(',')}`;

export class TestCertificateAuthority {
  readonly dir = mkdtempSync(join(tmpdir(), 'test-ca-'));
  readonly ca: KeyPair;
  private issued = 0;

  constructor(name = 'Test Private CA') {
    openssl(this.dir, 'req', '-x509', ...EC_KEY, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', `/CN=${name}`,
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
    this.ca = pair(this.dir, 'ca');
  }

  /** A server certificate for `names` (host names and IPv4 addresses), signed by this CA. */
  issue(names: string[]): KeyPair {
    const name = `server-${++this.issued}`;
    writeFileSync(join(this.dir, `${name}.ext`), `${subjectAltName(names)}\nextendedKeyUsage=serverAuth,clientAuth\n`);
    openssl(this.dir, 'req', ...EC_KEY, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${names[0]}`);
    openssl(this.dir, 'x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', '1', '-extfile', `${name}.ext`);
    return pair(this.dir, name);
  }
}

/** A self-signed server certificate for `names`. */
export function selfSigned(names: string[]): KeyPair {
  const dir = mkdtempSync(join(tmpdir(), 'test-self-signed-'));
  openssl(dir, 'req', '-x509', ...EC_KEY, '-keyout', 'self.key', '-out', 'self.pem', '-days', '1', '-subj', `/CN=${names[0]}`, '-addext', subjectAltName(names));
  return pair(dir, 'self');
}
