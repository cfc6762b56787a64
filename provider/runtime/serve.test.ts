// The provider process as Terraform starts it: environment checks, the handshake line, mutual TLS on the
// announced socket, SIGINT survival and a clean exit on Shutdown. Runs the fixture provider's main.ts through tsx.
import * as grpc from '@grpc/grpc-js';
import { type ChildProcess, spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { MAGIC_COOKIE_VALUE } from './handshake';
import { loadProtocol } from './server';
import { generateServerCertificate } from './tls';

type Message = Record<string, any>;

const entry = join(__dirname, '..', '..', 'test', 'fixture-provider', 'main.ts');
const terraformEnv = { TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '6,5' };
const clientCertificate = generateServerCertificate();
const protocol = loadProtocol();
const ProviderClient = grpc.makeGenericClientConstructor(protocol.provider, 'Provider');
const ControllerClient = grpc.makeGenericClientConstructor(protocol.controller, 'GRPCController');
const running: ChildProcess[] = [];

function start(env: NodeJS.ProcessEnv, args: string[] = []): ChildProcess {
  const { TF_LOG, TF_LOG_PROVIDER, TF_DISABLE_PLUGIN_TLS, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], { env: { ...inherited, ...env } });
  running.push(child);
  return child;
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`provider exited with ${code} before its first line`)));
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

function connect(address: string, credentials: grpc.ChannelCredentials) {
  const options = { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost' };
  return {
    provider: new ProviderClient(`unix:${address}`, credentials, options),
    controller: new ControllerClient(`unix:${address}`, credentials, options),
  };
}

function call(client: any, method: string, request: Message = {}): Promise<Message> {
  return new Promise((resolve, reject) =>
    client[method](request, { deadline: Date.now() + 10_000 }, (e: Error | null, r: Message) => (e ? reject(e) : resolve(r))),
  );
}

afterAll(() => running.forEach((child) => child.exitCode === null && child.kill('SIGKILL')));

describe('started by hand', () => {
  it('explains itself in one line on stderr and exits 1 without the magic cookie', async () => {
    const result = await exited(start({}));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Terraform plugin');
  });

  it('exits 1 when Terraform does not offer protocol 6', async () => {
    const result = await exited(start({ ...terraformEnv, PLUGIN_PROTOCOL_VERSIONS: '5' }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('protocol 6');
  });
});

describe('started by Terraform', () => {
  it('announces a TLS socket, accepts only Terraform’s certificate, survives SIGINT and exits on Shutdown', async () => {
    const child = start({ ...terraformEnv, PLUGIN_CLIENT_CERT: clientCertificate.certPem });
    const result = exited(child);
    const line = await firstLine(child);
    const [core, version, network, address, transport, certificate] = line.split('|');
    expect([core, version, network, transport]).toEqual(['1', '6', 'unix', 'grpc']);
    expect(certificate).not.toMatch(/=$/);
    const serverCertificate = new X509Certificate(Buffer.from(certificate, 'base64'));
    expect(serverCertificate.subjectAltName).toBe('DNS:localhost');

    const trusted = connect(
      address,
      grpc.credentials.createSsl(Buffer.from(serverCertificate.toString()), Buffer.from(clientCertificate.keyPem), Buffer.from(clientCertificate.certPem)),
    );
    const schema = await call(trusted.provider, 'GetProviderSchema');
    expect(schema.provider.block).toBeDefined();

    const stranger = generateServerCertificate();
    const untrusted = connect(
      address,
      grpc.credentials.createSsl(Buffer.from(serverCertificate.toString()), Buffer.from(stranger.keyPem), Buffer.from(stranger.certPem)),
    );
    await expect(call(untrusted.provider, 'GetProviderSchema')).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });

    child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(child.exitCode).toBeNull();
    await call(trusted.provider, 'StopProvider');

    await call(trusted.controller, 'Shutdown');
    const { code, stdout } = await result;
    expect(code).toBe(0);
    expect(stdout).toBe(`${line}\n`); // nothing but the handshake line, ever
    expect(existsSync(dirname(address))).toBe(false);
    [trusted, untrusted].forEach((clients) => Object.values(clients).forEach((client) => client.close()));
  });

  it('serves plaintext with an empty certificate field when TF_DISABLE_PLUGIN_TLS is set', async () => {
    const child = start({ ...terraformEnv, TF_DISABLE_PLUGIN_TLS: '1' });
    const result = exited(child);
    const line = await firstLine(child);
    expect(line).toMatch(/^1\|6\|unix\|[^|]+\|grpc\|$/);
    const clients = connect(line.split('|')[3], grpc.credentials.createInsecure());
    expect((await call(clients.provider, 'GetMetadata')).diagnostics).toEqual([]);
    await call(clients.controller, 'Shutdown');
    expect((await result).code).toBe(0);
    Object.values(clients).forEach((client) => client.close());
  });

  it('refuses to serve plaintext when Terraform expects TLS but sent no certificate', async () => {
    const result = await exited(start(terraformEnv));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PLUGIN_CLIENT_CERT');
  });
});

describe('--debug', () => {
  it('prints TF_REATTACH_PROVIDERS, serves plaintext across Shutdown calls and stops on Ctrl-C', async () => {
    const child = start({}, ['--debug']);
    const result = exited(child);
    const line = await firstLine(child);
    const reattach = JSON.parse(/^TF_REATTACH_PROVIDERS='(.*)'$/.exec(line)![1]);
    const served = reattach['registry.terraform.io/clickstack-iac/fixture'];
    expect(served).toMatchObject({ Protocol: 'grpc', ProtocolVersion: 6, Pid: child.pid, Addr: { Network: 'unix' } });
    const clients = connect(served.Addr.String, grpc.credentials.createInsecure());
    await call(clients.controller, 'Shutdown');
    expect((await call(clients.provider, 'GetMetadata')).diagnostics).toEqual([]);
    child.kill('SIGINT');
    expect((await result).code).toBe(0);
    Object.values(clients).forEach((client) => client.close());
  });
});
