// `clickstack-emulator`: starts the emulator and prints, as its first stdout line, one JSON object with what a
// client needs. One table of flags drives both the parsing and `--help`.
import { readFileSync } from 'node:fs';
import { startEmulator, type EmulatorOptions } from './index';

const WINDOW_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function parseRateLimit(value: string): EmulatorOptions['rateLimit'] {
  if (value === 'off') return false;
  const match = /^(\d+)\/(\d+)(ms|s|m|h)?$/.exec(value);
  if (!match) throw new Error(`--rate-limit expects <n>/<window> such as 100/60s, or off; got ${value}`);
  return { limit: Number(match[1]), windowMs: Number(match[2]) * WINDOW_UNITS[match[3] ?? 's'] };
}

interface Flag {
  /** The value's shape, as `--help` shows it. */
  value: string;
  description: string;
  apply(options: EmulatorOptions, value: string): void;
}

/** Every flag, in the order `--help` lists them. */
const FLAGS: Record<string, Flag> = {
  '--port': { value: '<n>', description: 'port on 127.0.0.1; 0 (the default) picks a free one', apply: (options, value) => (options.port = Number(value)) },
  '--flavor': {
    value: 'oss|cloud|both',
    description: 'which APIs to serve (default both: two separate deployments on one port)',
    apply(options, value) {
      if (value !== 'oss' && value !== 'cloud' && value !== 'both') throw new Error('--flavor expects oss, cloud or both');
      options.flavor = value;
    },
  },
  '--seed': { value: 'default|none|<file.json>', description: 'what each deployment starts with (default: default)', apply: (options, value) => (options.seed = value) },
  '--rate-limit': {
    value: '<n>/<window>|off',
    description: "requests per window (100/60s; units ms, s, m, h), or off: nothing refused, headers still sent (default: each flavor's real limit)",
    apply: (options, value) => (options.rateLimit = parseRateLimit(value)),
  },
  '--state': { value: '<file.json>', description: 'load state from the file if present, and write it after every change', apply: (options, value) => (options.statePath = value) },
  '--allow-webhook-host': {
    value: '<host>',
    description: 'let webhooks target this private or loopback host (repeatable)',
    apply: (options, value) => (options.allowPrivateWebhookUrls = [...(options.allowPrivateWebhookUrls ?? []), value]),
  },
  '--extra-fields': {
    value: 'on|off',
    description: "reads of sources and dashboards carry fields the client does not model, as a newer server's would (default off)",
    apply(options, value) {
      if (value !== 'on' && value !== 'off') throw new Error('--extra-fields expects on or off');
      options.extraFields = value === 'on';
    },
  },
  '--tls-cert': {
    value: '<file.pem>',
    description: 'serve HTTPS with this certificate (PEM; goes with --tls-key)',
    apply: (options, value) => (options.tls = { key: '', ...options.tls, cert: readFileSync(value, 'utf8') }),
  },
  '--tls-key': {
    value: '<file.pem>',
    description: "the certificate's private key (PEM; goes with --tls-cert)",
    apply: (options, value) => (options.tls = { cert: '', ...options.tls, key: readFileSync(value, 'utf8') }),
  },
};

/** The `--help` text: usage, then each flag with its value and a one-line description. */
export function helpText(): string {
  const rows = [...Object.entries(FLAGS).map(([name, flag]) => [`${name} ${flag.value}`, flag.description]), ['--help', 'print this help and exit']];
  const width = Math.max(...rows.map(([left]) => left.length));
  const lines = rows.map(([left, description]) => `  ${left.padEnd(width)}  ${description}`);
  return ['Usage: clickstack-emulator [flags]', '', 'A local ClickStack API emulator (OSS HyperDX API v2 and Managed ClickStack).', 'Prints one JSON line with the URLs and credentials, then serves until stopped.', '', 'Flags:', ...lines, ''].join('\n');
}

/** The options the arguments give, or 'help' when `--help` (or `-h`) is among them. */
export function parseArguments(argv: string[]): EmulatorOptions | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  const options: EmulatorOptions = {};
  for (let index = 0; index < argv.length; index += 2) {
    const name = argv[index];
    const flag = Object.hasOwn(FLAGS, name) ? FLAGS[name] : undefined;
    if (!flag) throw new Error(`unknown flag ${name} (see --help)`);
    const value = argv[index + 1];
    if (value === undefined) throw new Error(`${name} needs a value`);
    flag.apply(options, value);
  }
  if (options.tls && (!options.tls.cert || !options.tls.key)) throw new Error('--tls-cert and --tls-key go together');
  return options;
}

async function main(): Promise<void> {
  const parsed = parseArguments(process.argv.slice(2));
  if (parsed === 'help') return void process.stdout.write(helpText());
  const handle = await startEmulator(parsed);
  const { ossUrl, apiKey, cloudUrl, organizationId, serviceId, keyId, keySecret } = handle;
  process.stdout.write(`${JSON.stringify({ ossUrl, apiKey, cloudUrl, organizationId, serviceId, keyId, keySecret })}\n`);
  const stop = () => void handle.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`clickstack-emulator: ${error.message}\n`);
    process.exit(1);
  });
}
