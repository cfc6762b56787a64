#!/usr/bin/env node
// `npx -p clickstack-cdktf clickstack-cdktf-init [folder] [--cdktn]`: writes a working app into an empty folder (the
// current one by default): the quickstart this package ships (examples/cdktf/quickstart, or examples/cdktn/quickstart
// with --cdktn) with its package.json, tsconfig.json and cdktf.json, depending on this version of the package. Then:
//   npm install && npx clickstack-install-provider && export TF_CLI_CONFIG_FILE="$PWD/.terraform-mirror/terraformrc"
//   npm run synth && cd cdktf.out/stacks/quickstart && terraform init && terraform apply
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const { name: packageName, version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
const args = process.argv.slice(2);
const framework = args.includes('--cdktn') ? 'cdktn' : 'cdktf';
const target = resolve(args.find((arg) => !arg.startsWith('--')) ?? '.');
const template = join(packageRoot, 'examples', framework, 'quickstart');

if (existsSync(target) && readdirSync(target).some((entry) => !entry.startsWith('.'))) {
  process.stderr.write(`clickstack-cdktf-init: ${target} is not empty; run it in an empty folder or name a new one\n`);
  process.exit(1);
}
mkdirSync(target, { recursive: true });
for (const file of ['main.ts', 'tsconfig.json', 'cdktf.json']) writeFileSync(join(target, file), readFileSync(join(template, file)));
const manifest = JSON.parse(readFileSync(join(template, 'package.json'), 'utf8'));
manifest.name = basename(target).toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
manifest.description = `A ClickStack app on ${framework}, started from ${packageName}'s quickstart.`;
manifest.dependencies[packageName] = `^${version}`;
writeFileSync(join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(join(target, '.gitignore'), ['node_modules/', 'dist/', 'cdktf.out/', '.terraform-mirror/', '*.tfstate*', ''].join('\n'));
process.stdout.write(
  `wrote a ${framework} app in ${target}: main.ts, package.json, tsconfig.json, cdktf.json\n` +
    `next: npm install && npx clickstack-install-provider && export TF_CLI_CONFIG_FILE="$PWD/.terraform-mirror/terraformrc"\n` +
    `      npm run synth && cd cdktf.out/stacks/quickstart && terraform init && terraform apply\n`,
);
