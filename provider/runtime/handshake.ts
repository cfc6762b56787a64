// The go-plugin handshake (v1.6.0, as pinned by Terraform 1.11): environment checks on start and the one
// line on stdout that tells Terraform where and how to connect.

export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
export const PROTOCOL_VERSION = 6;
const CORE_PROTOCOL_VERSION = 1;

/** A start-up failure to report on stderr (one line) before exiting with status 1. */
export class HandshakeError extends Error {}

export function checkMagicCookie(env: NodeJS.ProcessEnv): void {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    throw new HandshakeError(
      'This binary is a Terraform plugin. These are not meant to be executed directly: ' +
        'Terraform starts it (run `terraform init` in a configuration that uses this provider), ' +
        'or run it with --debug to serve it for TF_REATTACH_PROVIDERS.',
    );
  }
}

/** Terraform offers its versions in Go map order ("5,6" or "6,5"); this runtime speaks only 6. */
export function pickProtocolVersion(env: NodeJS.ProcessEnv): number {
  const offered = (env.PLUGIN_PROTOCOL_VERSIONS ?? '').split(',').map((version) => version.trim());
  if (!offered.includes(String(PROTOCOL_VERSION))) {
    throw new HandshakeError(
      `This provider speaks plugin protocol ${PROTOCOL_VERSION} but Terraform offered ` +
        `"${env.PLUGIN_PROTOCOL_VERSIONS ?? ''}": use Terraform 1.0 or newer.`,
    );
  }
  return PROTOCOL_VERSION;
}

/**
 * `1|6|unix|<socket>|grpc|<cert>`: the server certificate is the leaf's DER in base64 without padding
 * (Go's RawStdEncoding); empty when serving plaintext.
 */
export function handshakeLine(socketPath: string, certificateDer?: Buffer): string {
  const certificate = certificateDer ? certificateDer.toString('base64').replace(/=+$/, '') : '';
  return [CORE_PROTOCOL_VERSION, PROTOCOL_VERSION, 'unix', socketPath, 'grpc', certificate].join('|') + '\n';
}

/** The line a debug-mode provider prints for the user to paste into the shell running Terraform. */
export function reattachLine(providerAddress: string, pid: number, socketPath: string): string {
  const reattach = {
    [providerAddress]: {
      Protocol: 'grpc',
      ProtocolVersion: PROTOCOL_VERSION,
      Pid: pid,
      Test: true,
      Addr: { Network: 'unix', String: socketPath },
    },
  };
  return `TF_REATTACH_PROVIDERS='${JSON.stringify(reattach)}'\n`;
}
