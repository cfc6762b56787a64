// What TLS trusts, read as Go programs (and so other Terraform providers) read it on Linux: SSL_CERT_FILE, else the
// first system bundle that exists; then SSL_CERT_DIR (a colon list), else the system certificate directories. Node
// carries its own CA bundle instead, which knows no company CA: it is used only where no system store is found.
// Extra CAs and a client certificate for mutual TLS come from settings, each a PEM text or the path of a PEM file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecureContext } from 'node:tls';
import { ConfigurationError } from './errors';

/**
 * node:tls is loaded when a secure context is first made, not with this module: the single executable starts from a
 * V8 snapshot of the provider's modules (scripts/release.mjs), and Node cannot put tls in a snapshot.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
const tls = (): typeof import('node:tls') => require('node:tls');

type Environment = Readonly<Record<string, string | undefined>>;

/** Go's crypto/x509 root_linux.go: the bundles tried in order, the first readable one wins. */
const SYSTEM_BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/ca-bundle.pem',
  '/etc/pki/tls/cacert.pem',
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
  '/etc/ssl/cert.pem',
];
/** ... and the directories whose files are all read. */
const SYSTEM_DIRECTORIES = ['/etc/ssl/certs', '/etc/pki/tls/certs'];

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

function certificatesIn(text: string): string[] {
  return text.match(PEM_CERTIFICATE) ?? [];
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The system's trusted roots as PEM blocks, Go's way; Node's bundled roots when the system has none. */
export function systemCertificates(env: Environment): string[] {
  const bundles = env.SSL_CERT_FILE ? [env.SSL_CERT_FILE] : SYSTEM_BUNDLES;
  const directories = env.SSL_CERT_DIR ? env.SSL_CERT_DIR.split(':').filter(Boolean) : SYSTEM_DIRECTORIES;
  const found = new Set<string>();
  for (const bundle of bundles) {
    const text = readText(bundle);
    if (text === undefined) continue;
    certificatesIn(text).forEach((certificate) => found.add(certificate));
    break;
  }
  for (const directory of directories) {
    let names: string[];
    try {
      names = readdirSync(directory);
    } catch {
      continue;
    }
    for (const name of names) certificatesIn(readText(join(directory, name)) ?? '').forEach((certificate) => found.add(certificate));
  }
  const anySet = Boolean(env.SSL_CERT_FILE || env.SSL_CERT_DIR);
  return found.size > 0 || anySet ? [...found] : [...tls().rootCertificates];
}

/** A setting that holds PEM text or names a PEM file: its PEM text. `what` names the setting in errors. */
export function pemOrFile(value: string, what: string): string {
  if (value.includes('-----BEGIN ')) return value;
  try {
    return readFileSync(value, 'utf8');
  } catch (error) {
    // A value that is no path may be a key pasted without its PEM header: it is not printed.
    const shown = /^[^\n]{1,300}$/.test(value) ? `: ${value}` : '';
    throw new ConfigurationError(`${what} is neither PEM text nor a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)}${shown})`);
  }
}

export interface TlsSettings {
  /** Extra CA certificates trusted beside the system's: PEM text or a file. */
  caCertificates?: string;
  /** A client certificate for servers that require mutual TLS, and its key: PEM text or a file. */
  clientCertificate?: string;
  clientKey?: string;
  /** Accepts any server certificate. Only for testing: anyone on the path can read and change the traffic. */
  insecureSkipVerify?: boolean;
}

/** Checks the settings (files readable, PEM present, certificate and key given together) without building anything. */
export function validateTlsSettings(settings: TlsSettings): void {
  secureContextFor(settings, {}, { systemRoots: false });
}

/**
 * The TLS context of every connection to the API: the system's roots (`env` is where SSL_CERT_FILE and SSL_CERT_DIR
 * are read) and the extra CAs, and the client certificate. Built once per client.
 */
export function secureContextFor(settings: TlsSettings, env: Environment, options = { systemRoots: true }): SecureContext {
  const extra = settings.caCertificates === undefined ? [] : certificatesIn(pemOrFile(settings.caCertificates, 'The CA certificates setting'));
  if (settings.caCertificates !== undefined && extra.length === 0) throw new ConfigurationError('The CA certificates setting holds no PEM certificate (-----BEGIN CERTIFICATE-----)');
  if ((settings.clientCertificate === undefined) !== (settings.clientKey === undefined))
    throw new ConfigurationError('A client certificate and its key must be given together');
  const cert = settings.clientCertificate === undefined ? undefined : pemOrFile(settings.clientCertificate, 'The client certificate setting');
  const key = settings.clientKey === undefined ? undefined : pemOrFile(settings.clientKey, 'The client key setting');
  try {
    return tls().createSecureContext({ ca: [...(options.systemRoots ? systemCertificates(env) : []), ...extra], cert, key });
  } catch (error) {
    throw new ConfigurationError(`The TLS settings cannot be used: ${(error as Error).message}`);
  }
}
