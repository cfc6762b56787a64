// The commands reach ClickStack as the provider does: each setting of the provider block is a flag (`api_url` is
// `--api-url`), each has the provider's environment variable, and the provider's own resolution decides the flavor
// and what is missing. `--flavor` picks one when the environment holds settings of both.
import type { ClientConfig, FlavorName } from '../client';
import { NETWORK_SETTINGS, resolveProviderConfig, SETTINGS } from '../provider';
import type { TfObject } from '../runtime/types';

/** A problem the user fixes by changing the command line or the environment; the commands exit with code 2. */
export class UsageError extends Error {}

export const FLAVOR_NAMES: readonly FlavorName[] = ['oss', 'cloud'];

export const flagOf = (attribute: string) => attribute.replace(/_/g, '-');

/** The provider block's string settings that are flags: the connection, TLS and proxy, timeout and retries. */
const STRING_SETTINGS = [
  ...SETTINGS.map((setting) => setting.attribute),
  ...NETWORK_SETTINGS.map((setting) => setting.attribute).filter((attribute) => attribute !== 'insecure_skip_verify'),
  'timeout_seconds',
  'max_retries',
];

/** The connection flags, for `util.parseArgs`: the provider block's settings (`--insecure-skip-verify` takes no value). */
export const CONNECTION_OPTIONS = {
  ...Object.fromEntries(STRING_SETTINGS.map((attribute) => [flagOf(attribute), { type: 'string' as const }])),
  'insecure-skip-verify': { type: 'boolean' as const },
};

/** The environment variables a flavor needs, for messages and generated comments. */
export function connectionVariables(flavor: FlavorName): string[] {
  return SETTINGS.filter((setting) => setting.flavor === flavor && setting.required).map((setting) => setting.env);
}

/** Where the help's descriptions start: the column after `  --format cdktf|hcl   `. */
const DESCRIPTION_COLUMN = 23;

/** A line of help: the flag, then its description at DESCRIPTION_COLUMN, or on a line of its own when the flag reaches it. */
function helpLine(flag: string, description: string): string {
  const lead = `  ${flag}`;
  if (!description) return lead;
  return lead.length < DESCRIPTION_COLUMN ? `${lead.padEnd(DESCRIPTION_COLUMN)}${description}` : `${lead}\n${' '.repeat(DESCRIPTION_COLUMN)}${description}`;
}

/** Help text lines for the connection flags. */
export function connectionHelp(): string {
  const lines = SETTINGS.map((setting) => helpLine(`--${flagOf(setting.attribute)}`, `or ${setting.env} (${setting.flavor === 'oss' ? 'ClickStack OSS' : 'Managed ClickStack'})`));
  return [
    'Connection (as the provider: a flag wins over its environment variable; prefer the environment for secrets):',
    ...lines,
    '  --flavor oss|cloud   which settings to use when the environment holds both',
    '  --timeout-seconds N  per request (default 30); --max-retries N (default 5)',
    'TLS and proxy (see docs/networks.md; HTTPS_PROXY, HTTP_PROXY, NO_PROXY, SSL_CERT_FILE and SSL_CERT_DIR are read too):',
    ...NETWORK_SETTINGS.map((setting) => helpLine(`--${flagOf(setting.attribute)}`, setting.env ? `or ${setting.env}` : '')),
  ].join('\n');
}

/** The client configuration for the flags given and the environment, or a UsageError that says what is missing. */
export function resolveConnection(flags: Record<string, string | boolean | undefined>, env: NodeJS.ProcessEnv, flavor?: string): ClientConfig {
  if (flavor !== undefined && !(FLAVOR_NAMES as readonly string[]).includes(flavor)) throw new UsageError(`--flavor must be oss or cloud, not ${JSON.stringify(flavor)}.`);
  const block: TfObject = {};
  if (flags['insecure-skip-verify'] === true) block.insecure_skip_verify = true;
  for (const attribute of STRING_SETTINGS) {
    const value = flags[flagOf(attribute)];
    if (typeof value !== 'string') continue;
    if (attribute === 'timeout_seconds' || attribute === 'max_retries') {
      const number = Number(value);
      if (!Number.isFinite(number) || number < 0) throw new UsageError(`--${flagOf(attribute)} must be a number, not ${JSON.stringify(value)}.`);
      block[attribute] = number;
    } else block[attribute] = value;
  }
  const otherFlavor = SETTINGS.filter((setting) => flavor !== undefined && setting.flavor !== flavor).map((setting) => setting.env);
  const environment = Object.fromEntries(Object.entries(env).filter(([name]) => !otherFlavor.includes(name)));
  const resolved = resolveProviderConfig(block, environment, 'the command line');
  if ('problems' in resolved) {
    const problems = resolved.problems.map(({ summary, detail }) => `${summary}: ${detail}`).join('\n');
    throw new UsageError(`${problems}\n(Each attribute of the provider block is a flag here: \`api_key_id\` is --api-key-id.)`);
  }
  if ('unknown' in resolved) throw new UsageError('The connection settings are incomplete.');
  return resolved.config;
}
