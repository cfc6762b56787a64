// JSON helpers the handlers and schemas share.

/** Drops undefined properties, as JSON serialization does. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A JSON text in which object keys are sorted: equal for the same value whatever the key order. */
export function canonicalJson(value: unknown): string {
  const sorted = (inner: unknown): unknown =>
    Array.isArray(inner)
      ? inner.map(sorted)
      : inner && typeof inner === 'object'
        ? Object.fromEntries(Object.keys(inner).sort().map((key) => [key, sorted((inner as Record<string, unknown>)[key])]))
        : inner;
  return JSON.stringify(sorted(value));
}
