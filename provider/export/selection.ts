// Which dashboards and saved searches an export takes: those carrying one of the tags asked for, and whose name
// matches one of the names asked for (`*` and `?` as wildcards, case ignored). Nothing asked for takes everything.

export interface Selection {
  tags: string[];
  names: string[];
}

export const EVERYTHING: Selection = { tags: [], names: [] };

export function isEverything(selection: Selection): boolean {
  return selection.tags.length === 0 && selection.names.length === 0;
}

function namePattern(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'is');
}

/** A predicate over objects with a name and tags. */
export function selects(selection: Selection): (object: { name: string; tags?: string[] }) => boolean {
  const patterns = selection.names.map(namePattern);
  return ({ name, tags }) =>
    (selection.tags.length === 0 || (tags ?? []).some((tag) => selection.tags.includes(tag))) &&
    (patterns.length === 0 || patterns.some((pattern) => pattern.test(name)));
}
