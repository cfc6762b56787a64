// Provider logs: JSON lines on stderr in hclog's format, which go-plugin parses and re-emits in Terraform's
// own TF_LOG output at the line's level. Values of resource attributes are never passed to a logger by the
// runtime (they may be sensitive); callers log shapes, names and counts instead.
import type { Logger } from './provider';

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LEVELS)[number];

/**
 * The level a provider logs at, from TF_LOG_PROVIDER, else TF_LOG (as Terraform reads them);
 * undefined means logging is off. TF_LOG=json is Terraform's alias for trace.
 */
export function logLevelFromEnv(env: NodeJS.ProcessEnv): LogLevel | undefined {
  const setting = (env.TF_LOG_PROVIDER || env.TF_LOG || '').trim().toLowerCase();
  if (setting === 'json') return 'trace';
  return (LEVELS as readonly string[]).includes(setting) ? (setting as LogLevel) : undefined;
}

/** A Logger writing hclog JSON lines; it writes nothing when `level` is undefined. */
export function createLogger(
  level: LogLevel | undefined,
  write: (line: string) => void = (line) => process.stderr.write(line),
  module = 'provider',
): Logger {
  const threshold = level === undefined ? LEVELS.length : LEVELS.indexOf(level);
  const emit = (at: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    if (LEVELS.indexOf(at) < threshold) return;
    const entry = { ...fields, '@level': at, '@message': message, '@module': module, '@timestamp': hclogTimestamp(new Date()) };
    write(JSON.stringify(entry, (_key, value) => (typeof value === 'bigint' ? value.toString() : value)) + '\n');
  };
  return { trace: emit('trace'), debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/**
 * go-plugin parses `@timestamp` with Go's layout "2006-01-02T15:04:05.000000Z07:00": exactly six fractional
 * digits, or it treats the whole line as unstructured text.
 */
export function hclogTimestamp(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
