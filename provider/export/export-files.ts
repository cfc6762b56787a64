// Every file of an export folder, for either format: the code, one picture per dashboard beside it, the README and
// the manifest; and the summary printed once they are written.
import packageJson from '../../package.json';
import { cdktfFiles } from './cdktf-files';
import { dashboardFileStem, hclFiles } from './hcl-files';
import { layoutOf } from './layout';
import { type Export, type ExportMode, tileAlertsOf } from './model';
import type { Files } from './output-folder';
import type { Progress } from './progress';
import { type Format, MANIFEST, manifest, readme, summaryLines } from './summary';
import { dashboardSvg } from './svg';

export interface ExportFileOptions {
  format: Format;
  /** The folder as the user named it, for the summary. */
  folder: string;
  /** Name of the CDKTF stack. */
  stack: string;
}

const PACKAGE_VERSION = (packageJson as { version: string }).version;

/** What the plan and apply do, as the README's comments say it. */
const PLAN: Record<ExportMode, { plan: string; apply: string }> = {
  import: { plan: 'imports every object; 0 to add, 0 to change, 0 to destroy', apply: 'adopts them into the state' },
  create: { plan: 'adds every object; 0 to import, 0 to change, 0 to destroy', apply: 'creates them' },
};

const USAGE: Record<Format, (stack: string, mode: ExportMode) => string[]> = {
  hcl: (_stack, mode) => [
    '```sh',
    'terraform init',
    ...(mode === 'create' ? ['export TF_VAR_<name>=...     # each required variable (see Secrets)'] : []),
    `terraform plan    # ${PLAN[mode].plan}`,
    `terraform apply   # ${PLAN[mode].apply}`,
    '```',
  ],
  cdktf: (stack, mode) => [
    `The app depends on exactly the clickstack-cdktf that wrote it (${PACKAGE_VERSION}). Where no npm registry you use holds that`,
    'version, install it from its packed tarball first (`npm pack` in a checkout of clickstack-cdktf makes it), then the rest:',
    '',
    '```sh',
    `npm install /path/to/clickstack-cdktf-${PACKAGE_VERSION}.tgz   # only where no registry holds clickstack-cdktf ${PACKAGE_VERSION}`,
    'npm install                   # cdktf, constructs, typescript and clickstack-cdktf',
    'npm run provider:install      # the provider, into ./.terraform-mirror',
    'export TF_CLI_CONFIG_FILE="$PWD/.terraform-mirror/terraformrc"',
    `npm run synth                 # writes cdktf.out/stacks/${stack}/cdk.tf.json`,
    `cd cdktf.out/stacks/${stack} && terraform init`,
    ...(mode === 'create' ? ['export TF_VAR_<name>=...     # each required variable (see Secrets)'] : []),
    `terraform plan                # ${PLAN[mode].plan}`,
    `terraform apply               # ${PLAN[mode].apply}`,
    '```',
  ],
};

const NEXT_STEP: Record<Format, (folder: string, stack: string) => string> = {
  hcl: (folder) => `cd ${folder} && terraform init && terraform plan`,
  cdktf: (folder, stack) => `cd ${folder} && npm install && npm run synth && cd cdktf.out/stacks/${stack} && terraform init && terraform plan`,
};

export function exportFiles(exported: Export, options: ExportFileOptions, progress: Progress): { files: Files; summary: string[] } {
  const files = options.format === 'hcl' ? hclFiles(exported) : cdktfFiles(exported, options.stack);
  const pictures = new Map<string, string>();
  progress.start('Drawing', exported.dashboards.length);
  for (const dashboard of exported.dashboards) {
    const { resource, state } = dashboard;
    progress.step(resource.title);
    const file = `${dashboardFileStem(resource.address.name)}.svg`;
    files.set(file, dashboardSvg(layoutOf(state, tileAlertsOf(dashboard))));
    pictures.set(resource.address.name, file);
  }
  progress.finish();
  files.set('README.md', readme(exported, options.format, pictures, USAGE[options.format](options.stack, exported.mode)));
  files.set(MANIFEST, manifest(exported, options.format, pictures));
  return { files, summary: summaryLines(exported, options.format, options.folder, NEXT_STEP[options.format](options.folder, options.stack)) };
}
