// Finding one object by id, or by name narrowed by further attributes (a source's kind, a webhook's service), for the
// data sources that look objects up. No match and several matches are errors that list the candidates, so that a user
// can fix the configuration from the message alone.
import { type CallOptions, NotFoundError } from '../client';
import type { CallContext, Diagnostics } from '../runtime/provider';
import type { Attribute, TfObject } from '../runtime/types';
import { callOptions, reportingApiErrors } from '../shared/api-errors';
import { codeList } from '../shared/attributes';

/** What a lookup can find: every ClickStack object has a server id and a name. */
export interface Named {
  id: string;
  name: string;
}

/** An attribute that narrows a lookup by name, such as a source's `kind`. */
export interface Narrowing<T> {
  attribute: string;
  valueOf(item: T): string;
}

export interface Lookup<T extends Named> {
  /** Singular noun for messages: `source`, `webhook`. */
  noun: string;
  narrowing: Narrowing<T>[];
}

/** Candidates beyond this many are counted, not listed: a message must stay readable. */
const MAX_LISTED_CANDIDATES = 20;

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `"Logs" (kind log, id 64f…)`: a candidate as an error message lists it. */
function describe<T extends Named>(lookup: Lookup<T>, item: T): string {
  const qualifiers = lookup.narrowing.map((narrowing) => `${narrowing.attribute} ${narrowing.valueOf(item)}`);
  return `${JSON.stringify(item.name)} (${[...qualifiers, `id ${item.id}`].join(', ')})`;
}

function candidateList<T extends Named>(lookup: Lookup<T>, items: T[]): string {
  if (items.length === 0) return 'none';
  const listed = items.slice(0, MAX_LISTED_CANDIDATES).map((item) => describe(lookup, item));
  const more = items.length - listed.length;
  return more > 0 ? `${listed.join(', ')} and ${more} more` : listed.join(', ');
}

/** The `id` and `name` arguments of a lookup data source; both also report the object found. */
export function lookupAttributes<T extends Named>({ noun, narrowing }: Lookup<T>): { id: Attribute; name: Attribute } {
  const narrowedBy = codeList(narrowing.map(({ attribute }) => attribute), ' and ');
  return {
    id: { type: 'string', optional: true, computed: true, description: `Id of the ${noun}. Set exactly one of \`id\` and \`name\`.` },
    name: {
      type: 'string',
      optional: true,
      computed: true,
      description:
        `Name of the ${noun}. Set exactly one of \`id\` and \`name\`; exactly one ${noun} must match the name` +
        (narrowedBy ? ` and ${narrowedBy}, when set.` : '.'),
    },
  };
}

/** Validation of a lookup's arguments: exactly one of `id` and `name`; narrowing attributes only with `name`. */
export function validateLookup<T extends Named>(lookup: Lookup<T>, config: TfObject, diagnostics: Diagnostics): void {
  const summary = `Invalid ${lookup.noun} lookup`;
  if (config.id === null && config.name === null) diagnostics.error(summary, 'Set `id` or `name`.');
  if (config.id !== null && config.name !== null) diagnostics.error(summary, 'Set only one of `id` and `name`.', ['name']);
  if (config.id === null) return;
  for (const { attribute } of lookup.narrowing)
    if (config[attribute] !== null)
      diagnostics.error(summary, `\`${attribute}\` narrows a lookup by \`name\`; it cannot be set with \`id\`.`, [attribute]);
}

/** How a lookup reaches the API: the client's API for that kind of object (`client.sources`, `client.webhooks`, ...). */
export interface LookupApi<T> {
  get(id: string, options: CallOptions): Promise<T>;
  list(options: CallOptions): Promise<T[]>;
}

/**
 * The object the configuration names: by `id`, or by `name` and the narrowing attributes. Null with an error diagnostic
 * when there is none, when several match, or when the API fails.
 */
export async function lookUp<T extends Named>(
  lookup: Lookup<T>,
  config: TfObject,
  api: LookupApi<T>,
  ctx: Pick<CallContext, 'signal' | 'stop' | 'diagnostics'>,
): Promise<T | null> {
  const { diagnostics } = ctx;
  const options = callOptions(ctx);
  return reportingApiErrors(`Could not look up the ${lookup.noun}`, diagnostics, async () =>
    typeof config.id === 'string'
      ? findById(lookup, config.id, (id) => api.get(id, options), diagnostics)
      : findByName(lookup, await api.list(options), config, diagnostics),
  );
}

async function findById<T extends Named>(
  lookup: Lookup<T>,
  id: string,
  get: (id: string) => Promise<T>,
  diagnostics: Diagnostics,
): Promise<T | null> {
  try {
    return await get(id);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    diagnostics.error(`${capitalized(lookup.noun)} not found`, `No ${lookup.noun} has the id ${JSON.stringify(id)}.`, ['id']);
    return null;
  }
}

/**
 * The one object with this name whose narrowing attributes equal the configured ones (null ones match anything), or
 * null with an error on `name` that lists the candidates.
 */
function findByName<T extends Named>(lookup: Lookup<T>, items: T[], config: TfObject, diagnostics: Diagnostics): T | null {
  const name = String(config.name);
  const narrowing = lookup.narrowing.filter(({ attribute }) => config[attribute] !== null);
  const matches = items.filter((item) => item.name === name && narrowing.every((n) => n.valueOf(item) === config[n.attribute]));
  if (matches.length === 1) return matches[0];

  const criteria = [`name ${JSON.stringify(name)}`, ...narrowing.map((n) => `${n.attribute} ${JSON.stringify(config[n.attribute])}`)].join(' and ');
  const plural = `${lookup.noun}s`;
  if (matches.length === 0) {
    diagnostics.error(
      `${capitalized(lookup.noun)} not found`,
      `No ${lookup.noun} has ${criteria}. ${capitalized(plural)}: ${candidateList(lookup, items)}.`,
      ['name'],
    );
    return null;
  }
  const unset = lookup.narrowing.filter((n) => config[n.attribute] === null).map((n) => n.attribute);
  const remedy = unset.length > 0 ? `Narrow the lookup with ${codeList(unset, ' or ')}, or look one up by \`id\`.` : 'Look one up by `id`.';
  diagnostics.error(
    `${capitalized(lookup.noun)} lookup is ambiguous`,
    `${matches.length} ${plural} have ${criteria}: ${candidateList(lookup, matches)}. ${remedy}`,
    ['name'],
  );
  return null;
}
