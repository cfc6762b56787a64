// The provider process: handshake checks, a unix socket in a private temp dir, AutoMTLS, the handshake line
// on stdout (and nothing else ever there), Ctrl-C handling and a clean exit on GRPCController.Shutdown.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkMagicCookie, handshakeLine, HandshakeError, pickProtocolVersion, reattachLine } from './handshake';
import { createLogger, logLevelFromEnv } from './log';
import type { Logger, ProviderDefinition } from './provider';
import { ServerCredentials } from './grpc-server';
import { createPluginServer } from './server';
import { generateServerCertificate } from './tls';

export interface ServeOptions {
  /** The provider's registry address, e.g. `registry.terraform.io/example/example` (printed in debug mode). */
  providerAddress: string;
  argv?: string[];
  env?: NodeJS.ProcessEnv;
}

/** Any path longer than this does not fit in sockaddr_un on Linux and macOS. */
const MAX_SOCKET_PATH = 103;

/**
 * Runs the provider until Terraform shuts it down. Normal mode needs Terraform's environment (magic cookie,
 * protocol versions, client certificate); `--debug` serves long-lived and plaintext for TF_REATTACH_PROVIDERS.
 */
export async function serve(provider: ProviderDefinition, options: ServeOptions): Promise<void> {
  const env = options.env ?? process.env;
  const debug = (options.argv ?? process.argv.slice(2)).includes('--debug');
  const log = createLogger(logLevelFromEnv(env));
  try {
    if (!debug) {
      checkMagicCookie(env);
      pickProtocolVersion(env);
    }
    const credentials = debug ? { credentials: ServerCredentials.createInsecure() } : serverCredentials(env);
    await listen(provider, log, credentials.credentials, debug, (socketPath) =>
      debug
        ? reattachLine(options.providerAddress, process.pid, socketPath)
        : handshakeLine(socketPath, credentials.certificateDer),
    );
  } catch (error) {
    process.stderr.write(`${error instanceof HandshakeError ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

function serverCredentials(env: NodeJS.ProcessEnv): { credentials: ServerCredentials; certificateDer?: Buffer } {
  if (env.TF_DISABLE_PLUGIN_TLS) return { credentials: ServerCredentials.createInsecure() };
  const clientCertificate = env.PLUGIN_CLIENT_CERT;
  if (!clientCertificate) {
    throw new HandshakeError('PLUGIN_CLIENT_CERT is not set: Terraform sends it unless TF_DISABLE_PLUGIN_TLS is set.');
  }
  const certificate = generateServerCertificate();
  const credentials = ServerCredentials.createSsl(
    Buffer.from(clientCertificate),
    [{ private_key: Buffer.from(certificate.keyPem), cert_chain: Buffer.from(certificate.certPem) }],
    true, // only Terraform, holding the key of PLUGIN_CLIENT_CERT, may connect
  );
  return { credentials, certificateDer: certificate.der };
}

async function listen(
  provider: ProviderDefinition,
  log: Logger,
  credentials: ServerCredentials,
  debug: boolean,
  announcement: (socketPath: string) => string,
): Promise<void> {
  const socketDir = mkdtempSync(join(tmpdir(), 'tfprovider-'));
  const socketPath = join(socketDir, 'plugin.sock');
  if (socketPath.length > MAX_SOCKET_PATH) throw new Error(`socket path too long for a unix socket: ${socketPath}`);
  process.on('exit', () => rmSync(socketDir, { recursive: true, force: true }));

  const exit = () => process.exit(0);
  const server = createPluginServer(provider, {
    log,
    // In debug mode the provider outlives each Terraform command, so Shutdown does not end it.
    onShutdown: debug ? () => undefined : () => server.tryShutdown(exit),
  });
  await new Promise<void>((resolve, reject) =>
    server.bindAsync(`unix:${socketPath}`, credentials, (error) => (error ? reject(error) : resolve())),
  );

  // Terraform sends Ctrl-C to the whole process group and then calls StopProvider: the provider must
  // survive the signal to cancel its work and report it. A person running --debug stops it with Ctrl-C.
  process.on('SIGINT', debug ? exit : () => log.debug('SIGINT ignored; waiting for StopProvider'));
  process.on('SIGTERM', exit);
  // A promise a provider forgot to await must not take the process (and Terraform's in-flight calls) down.
  process.on('unhandledRejection', (reason) => log.error('unhandled promise rejection', { error: String(reason) }));

  process.stdout.write(announcement(socketPath));
  log.info('provider serving', { socket: socketPath, debug });
}
