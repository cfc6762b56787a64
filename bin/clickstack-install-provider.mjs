#!/usr/bin/env node
// `npx clickstack-install-provider` in a CDKTF app: installs the ClickStack provider this package ships
// (dist/terraform-provider-clickstack.js) into <current folder>/.terraform-mirror, with the CLI config
// .terraform-mirror/terraformrc, the same layout as `npm run provider:install` in this repository. Then:
//   export TF_CLI_CONFIG_FILE="$PWD/.terraform-mirror/terraformrc"
// and `terraform init` in a synthesized stack (cdktf.out/stacks/<stack>) finds the provider offline.
// Option: --mirror <dir> to install elsewhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installAndReport, optionValue } from '../scripts/provider-mirror.mjs';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
await installAndReport({
  bundle: join(packageRoot, 'dist', 'terraform-provider-clickstack.js'),
  loader: join(packageRoot, 'dist', 'code-cache-main.js'),
  mirrorDir: optionValue(process.argv.slice(2), '--mirror') ?? join(process.cwd(), '.terraform-mirror'),
  type: 'clickstack',
  version,
});
