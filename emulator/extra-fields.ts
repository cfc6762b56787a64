// The `extraFields` option (RULES §14): the emulator answers like a newer server that returns fields this
// project's client does not model. Every source and dashboard read carries them at each level a newer server could
// grow one (document, tile, tile config, select item, filter), and writes accept them back as that server would.
import type { Context } from './context';

/** What a newer server might add: a scalar and a structured value, so a client must pass over both. */
const EXTRA_FIELDS: Readonly<Record<string, unknown>> = {
  newerServerNote: 'added by a newer server',
  newerServerSettings: { enabled: true, levels: [1, 2] },
};

type Json = Record<string, unknown>;

/** Adds the extra fields to a read object when the option is on; else the object as is. */
export function withExtraFields(context: Context): <T extends Json>(value: T) => T {
  return (value) => (context.extraFields ? { ...value, ...structuredClone(EXTRA_FIELDS) } : value);
}

/** A write body with every extra field removed (at any depth) when the option is on; else the body as sent. */
export function withoutExtraFields(context: Context, body: unknown): unknown {
  if (!context.extraFields) return body;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => !(key in EXTRA_FIELDS)).map(([key, inner]) => [key, strip(inner)]));
  };
  return strip(body);
}
