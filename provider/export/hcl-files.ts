// An export as Terraform files: the provider, the secrets' variables, the lookups, one file for the sources and their
// links, one for the webhooks, one for the saved searches with their alerts, one per dashboard with its tile alerts,
// and the import blocks with which the first apply adopts the existing objects.
import { PROVIDER_ADDRESS } from '../provider';
import { block, commentLines, quoted } from './hcl';
import { addressText, type Export, type ExportedResource, type ExportMode, importIdOf, resourcesOf, titleOf } from './model';
import { connectionVariables } from './connection';
import type { Files } from './output-folder';


/** The provider's registry source, `clickstack-iac/clickstack`. */
export const PROVIDER_SOURCE = PROVIDER_ADDRESS.replace(/^registry\.terraform\.io\//, '');

const resourceBlock = (mode: ExportMode) => (resource: ExportedResource) => block(resource.address, resource.config, titleOf(resource, mode));

export function dashboardFileStem(name: string): string {
  return `dashboard_${name}`;
}

function providersFile(exported: Export): string {
  const settings = connectionVariables(exported.flavor).join(', ');
  return [
    'terraform {',
    '  # Webhook headers, query parameters and connection passwords are write-only attributes, which need Terraform 1.11.',
    '  required_version = ">= 1.11"',
    '  required_providers {',
    `    clickstack = { source = ${quoted(PROVIDER_SOURCE)} }`,
    '  }',
    '}',
    '',
    commentLines(`The connection comes from the environment: ${settings}.`).trimEnd(),
    'provider "clickstack" {}',
    '',
  ].join('\n');
}

function variablesFile(exported: Export): string {
  return exported.variables
    .map(
      (variable) =>
        `variable ${quoted(variable.name)} {\n` +
        `  description = ${quoted(variable.description)}\n` +
        `  type        = ${variable.type}\n` +
        '  sensitive   = true\n' +
        (variable.required ? '' : '  default     = null\n') +
        '}\n',
    )
    .join('\n');
}

function importsFile(exported: Export): string {
  const intro = commentLines(
    'The first apply adopts these existing objects into the state instead of creating them. Afterwards the blocks do ' +
      'nothing and can be removed.',
  );
  const blocks = resourcesOf(exported).map((resource) => `import {\n  to = ${addressText(resource.address)}\n  id = ${quoted(importIdOf(resource))}\n}\n`);
  return `${intro}\n${blocks.join('\n')}`;
}

/** The Terraform files of an export (pictures and notes are added by the caller). */
export function hclFiles(exported: Export): Files {
  const files: Files = new Map();
  files.set('providers.tf', providersFile(exported));
  if (exported.variables.length) files.set('variables.tf', variablesFile(exported));
  if (exported.lookups.length)
    files.set('lookups.tf', exported.lookups.map((lookup) => block(lookup.address, lookup.config)).join('\n'));
  const resourceBlocks = (resources: ExportedResource[]) => resources.map(resourceBlock(exported.mode)).join('\n');
  if (exported.connections.length) files.set('connections.tf', resourceBlocks(exported.connections));
  if (exported.roles.length) files.set('roles.tf', resourceBlocks(exported.roles));
  if (exported.teamMembers.length) files.set('team.tf', resourceBlocks(exported.teamMembers));
  if (exported.sources.length) files.set('sources.tf', resourceBlocks([...exported.sources, ...exported.sourceLinks]));
  if (exported.webhooks.length) files.set('webhooks.tf', resourceBlocks(exported.webhooks));
  if (exported.savedSearches.length)
    files.set('saved_searches.tf', resourceBlocks(exported.savedSearches.flatMap(({ resource, alerts }) => [resource, ...alerts])));
  for (const { resource, alerts } of exported.dashboards) files.set(`${dashboardFileStem(resource.address.name)}.tf`, resourceBlocks([resource, ...alerts]));
  if (exported.mode === 'import') files.set('imports.tf', importsFile(exported));
  return files;
}
