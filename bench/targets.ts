// What start-up and the reattached plan run: the build installed into a mirror of its own (the launcher) and packaged
// as a release (the single executable and its zip), each made once per run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './baseline';
import { currentBundle } from './workspaces';

function node(script: string, ...args: string[]): void {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', script), ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}${result.stdout}`);
}

/** The build installed into a mirror of its own, as `npm run provider:install` installs it. */
function install() {
  const mirror = mkdtempSync(join(tmpdir(), 'bench-mirror-'));
  node('install-provider.mjs', '--mirror', mirror, '--bundle', currentBundle);
  const packageDir = join(mirror, 'registry.terraform.io', 'clickstack-iac', 'clickstack');
  const [version] = readdirSync(packageDir);
  const [platform] = readdirSync(join(packageDir, version));
  const launcher = join(packageDir, version, platform, `terraform-provider-clickstack_v${version}`);
  return { bundle: currentBundle, launcher, cliConfig: join(mirror, 'terraformrc'), version };
}

/** This machine's platform as the release names it: the one whose executable carries the start-up snapshot. */
const hostPlatform = `${process.platform}_${process.arch === 'x64' ? 'amd64' : process.arch}`;

/** The build packaged as a release (`npm run release`) for this machine: its single executable and zip. */
function release(version: string) {
  const out = mkdtempSync(join(tmpdir(), 'bench-release-'));
  node('release.mjs', '--out', out, '--platforms', hostPlatform);
  const releaseDir = join(out, 'registry.terraform.io', 'clickstack-iac', 'clickstack');
  const zip = join(releaseDir, `terraform-provider-clickstack_${version}_${hostPlatform}.zip`);
  return { executable: join(projectRoot, 'dist', 'sea', hostPlatform, `terraform-provider-clickstack_v${version}`), zip };
}

let installed: ReturnType<typeof install> | undefined;
let released: ReturnType<typeof release> | undefined;
/** The installed build: the bundle, its launcher and the mirror's CLI config (made once per run). */
export const installedBuild = () => (installed ??= install());
/** The installed build and its release (made once per run). */
export const releasedBuild = () => ({ ...installedBuild(), ...(released ??= release(installedBuild().version)) });
