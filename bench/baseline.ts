// The provider as it was at an earlier commit, built in the same run as the current one, so that a figure and its
// baseline are measured side by side on the same machine load. The default is the commit before the work of issue 12
// (list-backed reads, pacing, per-call CPU).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { DashboardSchemaVersion } from '../test/support/workspace-at-scale';

export const projectRoot = join(__dirname, '..');
export const BASELINE_REVISION = '141592a';
/**
 * The build before issue 22's last start-up work (the static protocol codec, the optional schema): Terraform's first
 * call and a plan's provider processes are measured beside it.
 */
export const STARTUP_BASELINE_REVISION = '7b1cf56';

export interface SourceTree {
  revision: string;
  /** A copy of the revision's provider/ and emulator/ (with the project's node_modules linked in). */
  root: string;
  /** The provider bundle built from it, as `npm run build` builds it. */
  bundle: string;
  /** The version of its dashboard schema: the shape its workspaces must be written in (0 before tiles were listed by type). */
  dashboardSchema: DashboardSchemaVersion;
}

/**
 * Extracts `revision` from git and builds its provider bundle, against this project's node_modules: builds before the
 * client sent over Node's own http/https bundle undici, kept as a devDependency for them.
 */
export async function sourceTreeAt(revision: string): Promise<SourceTree> {
  const root = mkdtempSync(join(tmpdir(), `bench-${revision}-`));
  const archive = join(root, 'source.tar');
  execFileSync('git', ['-C', projectRoot, 'archive', '-o', archive, revision, 'provider', 'emulator', 'package.json']);
  execFileSync('tar', ['-x', '-f', archive, '-C', root]);
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  const bundle = join(root, 'terraform-provider-clickstack.js');
  await bundleOf(join(root, 'provider', 'main.ts'), bundle);
  return { revision, root, bundle, dashboardSchema: dashboardSchemaOf(root) };
}

/** The `version` of the dashboard resource's schema in a source tree. */
function dashboardSchemaOf(root: string): DashboardSchemaVersion {
  const version = Number(/^\s*version: (\d+),$/m.exec(readFileSync(join(root, 'provider', 'resources', 'dashboard', 'schema.ts'), 'utf8'))?.[1]);
  if (version !== 0 && version !== 1) throw new Error(`no workspace at scale is written for dashboard schema version ${version}`);
  return version;
}

/** Bundles an entry point as scripts/build.mjs bundles the provider. */
export async function bundleOf(entry: string, outfile: string): Promise<string> {
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, logLevel: 'warning' });
  return outfile;
}
