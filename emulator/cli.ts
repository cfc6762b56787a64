// `clickstack-emulator`: starts the emulator and prints, as its first stdout line, one JSON object with what a
// client needs. Flags: --port N, --flavor oss|cloud|both, --seed default|none|<file.json>,
// --rate-limit <n>/<window, e.g. 100/60s>|off, --state <file.json>, --allow-webhook-host <host> (repeatable),
// --extra-fields on|off, --tls-cert <file.pem> --tls-key <file.pem> (HTTPS, both or neither).
import { readFileSync } from 'node:fs';
import { startEmulator, type EmulatorOptions } from './index';

const WINDOW_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function parseRateLimit(value: string): EmulatorOptions['rateLimit'] {
  if (value === 'off') return false;
  const match = /^(\d+)\/(\d+)(ms|s|m|h)?$/.exec(value);
  if (!match) throw new Error(`--rate-limit expects <n>/<window> such as 100/60s, or off; got ${value}`);
  return { limit: Number(match[1]), windowMs: Number(match[2]) * WINDOW_UNITS[match[3] ?? 's'] };
}

/** Each flag, applying its value to the options. */
const FLAGS: Record<string, (options: EmulatorOptions, value: string) => void> = {
  '--port': (options, value) => (options.port = Number(value)),
  '--flavor': (options, value) => {
    if (value !== 'oss' && value !== 'cloud' && value !== 'both') throw new Error('--flavor expects oss, cloud or both');
    options.flavor = value;
  },
  '--seed': (options, value) => (options.seed = value),
  '--rate-limit': (options, value) => (options.rateLimit = parseRateLimit(value)),
  '--state': (options, value) => (options.statePath = value),
  '--allow-webhook-host': (options, value) => (options.allowPrivateWebhookUrls = [...(options.allowPrivateWebhookUrls ?? []), value]),
  '--extra-fields': (options, value) => {
    if (value !== 'on' && value !== 'off') throw new Error('--extra-fields expects on or off');
    options.extraFields = value === 'on';
  },
  '--tls-cert': (options, value) => (options.tls = { key: '', ...options.tls, cert: readFileSync(value, 'utf8') }),
  '--tls-key': (options, value) => (options.tls = { cert: '', ...options.tls, key: readFileSync(value, 'utf8') }),
};

export function parseArguments(argv: string[]): EmulatorOptions {
  const options: EmulatorOptions = {};
  for (let index = 0; index < argv.length; index += 2) {
    const flag = argv[index];
    const apply = Object.hasOwn(FLAGS, flag) ? FLAGS[flag] : undefined;
    if (!apply) throw new Error(`unknown flag ${flag}`);
    const value = argv[index + 1];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    apply(options, value);
  }
  if (options.tls && (!options.tls.cert || !options.tls.key)) throw new Error('--tls-cert and --tls-key go together');
  return options;
}

async function main(): Promise<void> {
  const handle = await startEmulator(parseArguments(process.argv.slice(2)));
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
