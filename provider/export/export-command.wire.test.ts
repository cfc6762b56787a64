// clickstack-export as a command, in process against the emulator: what it writes and prints, and how it fails
// (credentials refused, server unreachable, settings missing, an output folder in the way, Ctrl-C) with a clear
// message, its exit code and nothing written.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmulatorHandle, startEmulator } from '../../emulator';
import { captured, connectionEnv } from '../../test/support/export-cli';
import { TestCertificateAuthority } from '../../test/support/certificates';
import { storeUiMadeDeployment } from '../../test/support/ui-made-deployment';
import { runExport } from './export-command';

async function run(args: string[], env: NodeJS.ProcessEnv, signal?: AbortSignal) {
  const [stdout, stderr] = [captured(), captured()];
  const code = await runExport(args, { stdout: stdout.stream, stderr: stderr.stream, env, signal });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

let emulator: EmulatorHandle;
let parent: string;

beforeAll(async () => {
  emulator = await startEmulator({ flavor: 'both', rateLimit: false });
  storeUiMadeDeployment(emulator, 'oss');
});
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'export-command-'));
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));
afterAll(() => emulator.close());

const oss = () => connectionEnv(emulator, 'oss');
/** Nothing but the folders a test made itself: no export, no partial folder left behind. */
const leftovers = () => readdirSync(parent);
/** The requests since the `since`-th of the emulator's log, as `METHOD /list`, sorted (the lists are read together). */
const listsReadSince = (since: number) =>
  emulator.requests
    .slice(since)
    .map(({ method, path }) => `${method} ${path.replace(/^\/api\/v2|^\/v1\/organizations\/[^/]+\/services\/[^/]+\/clickstack/, '')}`)
    .sort();

it('writes the export folder whole, prints a summary on stdout and its progress on stderr', async () => {
  const out = join(parent, 'export');
  const since = emulator.requests.length;
  const result = await run(['--format', 'hcl', '--out', out], oss());
  expect(result.code).toBe(0);
  // One request per list, all in one window of the rate limit (100 per 60 s).
  expect(listsReadSince(since)).toEqual([
    'GET /alerts', 'GET /connections', 'GET /dashboards', 'GET /saved-searches', 'GET /sources', 'GET /team/invitations', 'GET /team/members', 'GET /webhooks',
  ]);
  expect(result.stdout).toContain(
    `Exported from ClickStack OSS to ${out} (hcl): 6 sources (3 with links), 2 dashboards with 3 tile alerts, 2 saved searches with 2 alerts, 3 webhooks, 1 connection, 2 team members.`,
  );
  expect(result.stdout).toContain('1 note (ids kept literal, objects left out): see README.md.');
  expect(result.stderr).toBe('Reading: 8 steps\nReading: done\nDrawing: 2 steps\nDrawing: done\n');
  expect(readdirSync(out).sort()).toEqual([
    'README.md', 'clickstack-export.json', 'connections.tf', 'dashboard_database_raw_sql.svg', 'dashboard_database_raw_sql.tf', 'dashboard_service_overview.svg',
    'dashboard_service_overview.tf', 'imports.tf', 'providers.tf', 'saved_searches.tf', 'sources.tf', 'team.tf', 'variables.tf', 'webhooks.tf',
  ]);
  expect(readFileSync(join(out, 'connections.tf'), 'utf8')).toContain('password = var.connection_local_click_house_password');
  expect(leftovers()).toEqual(['export']);
  const manifest = JSON.parse(readFileSync(join(out, 'clickstack-export.json'), 'utf8'));
  expect(manifest.dashboards.map((dashboard: { address: string; picture: string }) => [dashboard.address, dashboard.picture])).toEqual([
    ['clickstack_dashboard.database_raw_sql', 'dashboard_database_raw_sql.svg'],
    ['clickstack_dashboard.service_overview', 'dashboard_service_overview.svg'],
  ]);
});

it('takes the connection from flags as the provider block would, and --quiet silences the progress', async () => {
  const out = join(parent, 'export');
  const env = { CLICKSTACK_API_KEY: emulator.apiKey };
  const result = await run(['--endpoint', emulator.ossUrl, '--format', 'hcl', '--out', out, '--tag', 'team-b', '--quiet'], env);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  expect(result.stdout).toContain('1 dashboard with 1 tile alert, 0 saved searches with 0 alerts, 0 webhooks.');
  expect(readFileSync(join(out, 'lookups.tf'), 'utf8')).toContain('data "clickstack_webhook" "team_channel"');
});

it('picks the flavor the environment names with --flavor when it holds settings of both', async () => {
  const both = { ...oss(), ...connectionEnv(emulator, 'cloud'), CLICKSTACK_ENDPOINT: emulator.ossUrl, CLICKSTACK_API_KEY: emulator.apiKey };
  const conflict = await run(['--format', 'hcl', '--out', join(parent, 'x')], both);
  expect(conflict.code).toBe(2);
  expect(conflict.stderr).toContain('Conflicting ClickStack provider settings');
  const since = emulator.requests.length;
  const cloud = await run(['--format', 'hcl', '--out', join(parent, 'cloud'), '--flavor', 'cloud', '--quiet'], both);
  expect(cloud.code).toBe(0);
  // One request per list, all in one window of the rate limit (10 per 10 s).
  expect(listsReadSince(since)).toEqual(['GET /alerts', 'GET /dashboards', 'GET /roles', 'GET /saved-searches', 'GET /sources', 'GET /webhooks']);
  expect(cloud.stdout).toContain('Exported from Managed ClickStack');
});

it('fails with exit code 1 and writes nothing when ClickStack refuses the credentials', async () => {
  const result = await run(['--format', 'hcl', '--out', join(parent, 'export'), '--quiet'], { ...oss(), CLICKSTACK_API_KEY: 'wrong-key' });
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(
    `clickstack-export: GET /api/v2/sources: cannot use ClickStack OSS (HyperDX) at ${emulator.ossUrl}: the server refused the API key from ` +
      'the CLICKSTACK_API_KEY environment variable (HTTP 401: Unauthorized). Use a personal API access key of this server\'s user (Team ' +
      'Settings → API Keys in the ClickStack UI); keys of another deployment are not valid here.\n',
  );
  expect(result.stderr).not.toContain('wrong-key');
  expect(leftovers()).toEqual([]);
});

it('fails with exit code 1 and writes nothing when ClickStack cannot be reached', async () => {
  const closed = await startEmulator({ flavor: 'oss' });
  await closed.close();
  const result = await run(['--format', 'hcl', '--out', join(parent, 'export'), '--max-retries', '0', '--endpoint', closed.ossUrl], { CLICKSTACK_API_KEY: 'k' });
  // The progress had begun: the message follows it on a line of its own.
  expect(result.stderr).toMatch(/^Reading: 8 steps\nclickstack-export: /);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(
    `\nclickstack-export: GET /api/v2/sources: cannot use ClickStack OSS (HyperDX) at ${closed.ossUrl}: ${closed.ossUrl.replace('http://', '')} refused ` +
      'the connection (nothing listens there). Check that the server runs and that `endpoint` (or CLICKSTACK_ENDPOINT) names its host and port.\n',
  );
  expect(leftovers()).toEqual([]);
});

it('stops on Ctrl-C with exit code 130 and writes nothing', async () => {
  const interrupted = new AbortController();
  interrupted.abort();
  const result = await run(['--format', 'hcl', '--out', join(parent, 'export'), '--quiet'], oss(), interrupted.signal);
  expect(result).toMatchObject({ code: 130, stderr: 'clickstack-export: Interrupted: nothing was written.\n' });
  expect(leftovers()).toEqual([]);
});

it('says what is missing or wrong in the command line, with exit code 2', async () => {
  const missing = await run(['--format', 'hcl'], { CLICKSTACK_ENDPOINT: emulator.ossUrl });
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('`api_key` is not set');
  expect(missing.stderr).toContain('--api-key-id');
  expect(missing.stderr).toContain('Run clickstack-export --help for the options.');
  for (const args of [['--format', 'yaml'], ['--webhooks', 'all'], ['--unknown'], ['--stack', '1 stack'], ['--flavor', 'aws']]) {
    const result = await run(args, oss());
    expect([args, result.code]).toEqual([args, 2]);
  }
  const help = await run(['--help'], {});
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('Usage: clickstack-export [options]');
  expect(help.stdout).toContain('--api-key-secret');
  // Every description starts at the same column: after its flag, or alone below a flag that reaches that column.
  const lines = help.stdout.split('\n');
  const DESCRIPTION_COLUMN = lines.find((line) => line.startsWith('  --format '))!.search(/CDKTF/);
  const misaligned = lines.filter((line, i) => {
    if (!line.startsWith('  -') || new RegExp(`^ {${DESCRIPTION_COLUMN}}\\S`).test(lines[i + 1] ?? '')) return false;
    return line.length > DESCRIPTION_COLUMN - 1 && !(line[DESCRIPTION_COLUMN - 1] === ' ' && line[DESCRIPTION_COLUMN] !== ' ');
  });
  expect(misaligned).toEqual([]);
});

it('keeps an output folder that is not empty, unless --force replaces it', async () => {
  const out = join(parent, 'export');
  mkdirSync(out);
  writeFileSync(join(out, 'mine.tf'), 'keep me');
  const refused = await run(['--format', 'hcl', '--out', out, '--quiet'], oss());
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain(`${out} exists and is not empty: choose another --out, or pass --force to replace it.`);
  expect(readdirSync(out)).toEqual(['mine.tf']);
  const forced = await run(['--format', 'hcl', '--out', out, '--quiet', '--force'], oss());
  expect(forced.code).toBe(0);
  expect(existsSync(join(out, 'mine.tf'))).toBe(false);
  expect(existsSync(join(out, 'providers.tf'))).toBe(true);
  expect(leftovers()).toEqual(['export']);
});

it('reaches an HTTPS server as the provider does: its CA from --ca-certificates, an untrusted one refused, verification skipped only with a warning', async () => {
  const authority = new TestCertificateAuthority();
  const secure = await startEmulator({ flavor: 'oss', rateLimit: false, tls: authority.issue(['127.0.0.1']) });
  try {
    const env = { ...oss(), CLICKSTACK_ENDPOINT: secure.ossUrl };
    const trusted = await run(['--format', 'hcl', '--out', join(parent, 'trusted'), '--quiet', '--ca-certificates', authority.ca.certPath], env);
    expect(trusted).toMatchObject({ code: 0, stderr: '' });
    const untrusted = await run(['--format', 'hcl', '--out', join(parent, 'untrusted'), '--quiet'], env);
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toContain(`cannot use ClickStack OSS (HyperDX) at ${secure.ossUrl}: the server's certificate cannot be trusted`);
    expect(untrusted.stderr).toContain('give its certificate in `ca_certificates` (or CLICKSTACK_CA_CERTIFICATES)');
    const skipped = await run(['--format', 'hcl', '--out', join(parent, 'skipped'), '--quiet', '--insecure-skip-verify'], env);
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toMatch(/^clickstack-export: warning: TLS certificate verification is off/);
  } finally {
    await secure.close();
  }
});
