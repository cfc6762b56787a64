// Identifiers for exported objects, derived from their names: readable (`service_health`), valid in HCL and in
// TypeScript, unique within their kind, and stable across runs. Objects that share a name are told apart by server id
// order: ids grow with creation time, so the oldest keeps the bare name and a newer namesake cannot take it.

/** Longest identifier derived from a name, before a `_2` suffix. */
const MAX_LENGTH = 48;

/** Words TypeScript or HCL reserve, which a name must not become on its own. */
const RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export',
  'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'let', 'static', 'yield', 'await',
  'implements', 'interface', 'package', 'private', 'protected', 'public', 'app', 'stack', 'count', 'for_each', 'provider',
  'depends_on', 'lifecycle', 'locals', 'module', 'data', 'resource', 'variable', 'output', 'terraform', 'each', 'self',
]);

/** `Service health (prod)` → `service_health_prod`; letters of other scripts are transliterated where Unicode can. */
export function snakeCase(name: string, fallback: string): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words = ascii
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  // Whole words up to the length (a first word longer than that is cut).
  let identifier = words[0]?.slice(0, MAX_LENGTH) ?? '';
  for (const word of words.slice(1)) {
    if (identifier.length + 1 + word.length > MAX_LENGTH) break;
    identifier = `${identifier}_${word}`;
  }
  if (identifier === '') identifier = fallback;
  if (/^[0-9]/.test(identifier)) identifier = `${fallback}_${identifier}`;
  return RESERVED.has(identifier) ? `${identifier}_${fallback}` : identifier;
}

/** What an identifier is made for: the object's server id (for the order among namesakes) and its name. */
export interface Nameable {
  id: string;
  name: string;
}

/**
 * Identifiers for the objects of one kind, by server id. `fallback` names an object without a usable name and
 * prefixes a name that starts with a digit. Namesakes take `_2`, `_3` ... in id order, skipping an identifier another
 * object derives from its own name (`Errors 2`).
 */
export function assignIdentifiers(objects: readonly Nameable[], fallback: string): Map<string, string> {
  const bases = objects.map((object) => ({ object, base: snakeCase(object.name, fallback) }));
  const used = new Set(bases.map(({ base }) => base));
  const byBase = new Map<string, Nameable[]>();
  for (const { object, base } of bases) byBase.set(base, [...(byBase.get(base) ?? []), object]);
  const identifiers = new Map<string, string>();
  for (const [base, namesakes] of [...byBase].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const ordered = [...namesakes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    ordered.forEach((object, i) => {
      if (i === 0) return identifiers.set(object.id, base);
      let n = i + 1;
      while (used.has(`${base}_${n}`)) n++;
      used.add(`${base}_${n}`);
      identifiers.set(object.id, `${base}_${n}`);
    });
  }
  return identifiers;
}
