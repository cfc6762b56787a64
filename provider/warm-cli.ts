// `clickstack-warm [--provider <executable>] -- <command...>`: runs a Terraform command (or anything that runs
// Terraform, such as `cdktf deploy`) with one clickstack provider process for the whole run, instead of one per
// phase of each command. The provider is the one `terraform init` installed in the workspace (the directory of
// `terraform -chdir=...`, else the current one), else this package's build; --provider names another.
//
//   clickstack-warm -- terraform plan
//   clickstack-warm -- terraform -chdir=cdktf.out/stacks/dev apply
import { createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { installedProvider, runWarm, startWarmProvider, terraformWorkingDir, WarmError } from './runtime/warm';

const ADDRESS = 'registry.terraform.io/clickstack-iac/clickstack';
const USAGE = 'usage: clickstack-warm [--provider <executable>] -- <command> [args...]';
const projectRoot = join(__dirname, '..');

/** Terraform's platform name, e.g. linux_amd64 (as scripts/provider-mirror.mjs names package directories). */
function terraformPlatform(): string {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const cpu = ({ x64: 'amd64', ia32: '386' } as Record<string, string>)[process.arch] ?? process.arch;
  return `${os}_${cpu}`;
}

export function parseArguments(argv: string[]): { provider?: string; command: string[] } {
  const separator = argv.indexOf('--');
  const options = separator < 0 ? argv : argv.slice(0, separator);
  const command = separator < 0 ? [] : argv.slice(separator + 1);
  if (command.length === 0) throw new WarmError(USAGE);
  if (options.length === 0) return { command };
  if (options.length === 2 && options[0] === '--provider') return { provider: options[1], command };
  throw new WarmError(`unknown option ${options[0]}\n${USAGE}`);
}

function providerCommand(provider: string | undefined, workspace: string): string[] {
  if (provider) return [provider];
  const installed = installedProvider(workspace, ADDRESS, terraformPlatform(), process.env.TF_DATA_DIR);
  if (installed) return [installed];
  const bundle = join(projectRoot, 'dist', 'terraform-provider-clickstack.js');
  const loader = join(projectRoot, 'dist', 'code-cache-main.js');
  if (existsSync(bundle) && existsSync(loader)) return [process.execPath, loader, bundle];
  throw new WarmError(
    `no clickstack provider found: run \`terraform init\` in ${workspace}, build this package (npm run build), or pass --provider`,
  );
}

/** Terraform writes provider logs where its own go: TF_LOG_PATH, else stderr; only while TF_LOG(_PROVIDER) is set. */
function providerLog(): NodeJS.WritableStream | undefined {
  if (!process.env.TF_LOG && !process.env.TF_LOG_PROVIDER) return undefined;
  return process.env.TF_LOG_PATH ? createWriteStream(process.env.TF_LOG_PATH, { flags: 'a' }) : process.stderr;
}

async function main(): Promise<number> {
  const { provider, command } = parseArguments(process.argv.slice(2));
  const workspace = terraformWorkingDir(command, process.cwd());
  const warm = await startWarmProvider(providerCommand(provider, workspace), { cwd: workspace, env: process.env, logTo: providerLog() });
  return runWarm(warm, command, process.env);
}

main().then(
  (status) => process.exit(status),
  (error) => {
    process.stderr.write(`clickstack-warm: ${error instanceof WarmError ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
