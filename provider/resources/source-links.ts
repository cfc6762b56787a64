// clickstack_source_links: the links of one source to others (a log source's trace and metric sources, a trace
// source's log, session and metric sources, a metric source's log source). Sources link both ways, and Terraform
// cannot hold a cycle: each clickstack_source is made without its links, and this resource, which refers to the
// sources, sets them afterwards. Reads top to bottom: schema, API documents, CRUD, import.
//
// Every field has one owner: this resource owns the link fields of its source and nothing else; clickstack_source
// owns the rest. Both read the source before a write and send the other's fields back, the server's PUT being a full
// replace (api-behaviour §10.3); the server checks no link and strips one the kind lacks (§10.4). A session's trace
// source is required at create, so it stays with clickstack_source.
import type { ClickStackClient } from '../client';
import type { Source, SourceInput } from '../client/models/sources';
import { SOURCE_LINK_FIELDS } from '../values';
import type { CallContext, ResourceDefinition } from '../runtime/provider';
import { requiresReplace } from '../runtime/plan-modifiers';
import { type Attributes, type TfObject, Unknown } from '../runtime/types';
import { stringLength } from '../runtime/validators';
import { camelCase } from '../shared/api-mapping';
import { callOptions, readOrGone, refreshing, reportingApiErrors } from '../shared/api-errors';
import { codeList, optionalString, requiredString } from '../shared/attributes';
import { planWithId } from '../shared/plan';
import { nullObject } from '../shared/schema-derivation';

// --- schema ---------------------------------------------------------------------------------------------------

/** The kinds that may hold each link, as the descriptions and messages name them. */
const KINDS_OF: Record<string, string[]> = {};
for (const [kind, fields] of Object.entries(SOURCE_LINK_FIELDS)) for (const field of fields) (KINDS_OF[field] ??= []).push(kind);

const LINK_ATTRIBUTES = ['log_source_id', 'trace_source_id', 'metric_source_id', 'session_source_id'] as const;
type LinkAttribute = (typeof LINK_ATTRIBUTES)[number];

const link = (attribute: LinkAttribute, what: string) =>
  optionalString(`Id of the ${what} source this one links to (${codeList(KINDS_OF[camelCase(attribute)], ', ', ' and ')} sources).`, stringLength(1));

const sourceLinksAttributes: Attributes = {
  id: { type: 'string', computed: true, description: 'The id of the source, as `source_id`.' },
  source_id: {
    ...requiredString('Id of the source whose links this sets; `terraform import` takes it. Changing it replaces the links.', stringLength(1)),
    planModifiers: [requiresReplace],
  },
  log_source_id: link('log_source_id', 'log'),
  trace_source_id: {
    ...link('trace_source_id', 'trace'),
    description: `${link('trace_source_id', 'trace').description} A session source names its trace source in \`clickstack_source\` (\`session.trace_source_id\`).`,
  },
  metric_source_id: link('metric_source_id', 'metric'),
  session_source_id: link('session_source_id', 'session'),
};

export const sourceLinksSchema = {
  version: 0,
  block: {
    description:
      'The links of one ClickStack source to others: where the UI jumps from a log line to its trace, from a span to its logs, ' +
      'session or metrics. Made apart from `clickstack_source` so that sources can link both ways in one apply; a link left ' +
      'unset is cleared, and destroying this resource clears all of the source\'s links. A session source names its trace ' +
      'source in `clickstack_source` (`session.trace_source_id`), because the server requires it at create.',
    attributes: sourceLinksAttributes,
  },
};

// --- API documents ----------------------------------------------------------------------------------------------

const linkFieldsOf = (kind: string): readonly string[] => SOURCE_LINK_FIELDS[kind as Source['kind']] ?? [];

/** The links set that a source of `kind` cannot hold (the server would drop them), as attribute names. */
function linksOutsideKind(planned: TfObject, kind: string): LinkAttribute[] {
  const own = linkFieldsOf(kind);
  return LINK_ATTRIBUTES.filter((attribute) => planned[attribute] !== null && !own.includes(camelCase(attribute)));
}

function refuseLinksOutsideKind(planned: TfObject, source: Source, diagnostics: CallContext['diagnostics']): boolean {
  const refused = linksOutsideKind(planned, source.kind);
  for (const attribute of refused)
    diagnostics.error(
      'Link not available for this source',
      `Source ${source.id} is a \`${source.kind}\` source, which has no \`${attribute}\`: it is for ${codeList(KINDS_OF[camelCase(attribute)], ', ', ' and ')} sources.`,
      [attribute],
    );
  return refused.length === 0;
}

/** The source with its links as `links` says (null: none), every other field as the server holds it. */
export function withLinks(source: Source, links: TfObject | null): SourceInput {
  const { id: _id, ...document } = source as Source & Record<string, unknown>;
  for (const field of linkFieldsOf(source.kind)) {
    const value = links?.[LINK_ATTRIBUTES.find((attribute) => camelCase(attribute) === field)!] ?? null;
    if (value === null) delete document[field];
    else document[field] = value;
  }
  return document as SourceInput;
}

/** The state for a source: its links, `""` (an unset link on some servers, api-behaviour §10.2) read as unset. */
export function sourceLinksFromApi(source: Source): TfObject {
  const fields = source as Source & Record<string, unknown>;
  const own = linkFieldsOf(source.kind);
  const linked = (attribute: LinkAttribute) => {
    const value = own.includes(camelCase(attribute)) ? fields[camelCase(attribute)] : undefined;
    return typeof value === 'string' && value !== '' ? value : null;
  };
  return { id: source.id, source_id: source.id, ...Object.fromEntries(LINK_ATTRIBUTES.map((attribute) => [attribute, linked(attribute)])) };
}

/** GET the source, set its links, PUT it back whole; the state of the answer, or null with an error. */
async function writeLinks(client: ClickStackClient, sourceId: string, links: TfObject, summary: string, ctx: CallContext): Promise<TfObject | null> {
  const updated = await reportingApiErrors(summary, ctx.diagnostics, async () => {
    const source = await client.sources.get(sourceId, callOptions(ctx));
    if (!refuseLinksOutsideKind(links, source, ctx.diagnostics)) return null;
    return client.sources.update(sourceId, withLinks(source, links), callOptions(ctx));
  });
  return updated && sourceLinksFromApi(updated);
}

// --- plan -------------------------------------------------------------------------------------------------------

/**
 * Warns about a new link the server would take but the UI cannot follow (api-behaviour §10.4: no link is checked): to
 * no source, or to a source of another kind than the link names.
 */
async function warnAboutLinkedSources(prior: TfObject | null, proposed: TfObject, client: ClickStackClient, ctx: CallContext): Promise<void> {
  for (const attribute of LINK_ATTRIBUTES) {
    const id = proposed[attribute];
    if (typeof id !== 'string' || id === prior?.[attribute]) continue;
    const linked = await reportingApiErrors('Could not read the linked source', ctx.diagnostics, () => readOrGone(() => client.sources.cached.get(id, callOptions(ctx))));
    const expected = attribute.replace(/_source_id$/, '');
    if (linked === null && !ctx.diagnostics.hasErrors())
      ctx.diagnostics.warning('Linked source not found', `No source has the id ${id}: ClickStack stores the link, but the UI has nothing to open.`, [attribute]);
    else if (linked && linked.kind !== expected)
      ctx.diagnostics.warning(
        'Linked source of another kind',
        `\`${attribute}\` names ${JSON.stringify(linked.name)} (id ${id}), a \`${linked.kind}\` source; the UI expects a \`${expected}\` source there.`,
        [attribute],
      );
  }
}

// --- the resource -----------------------------------------------------------------------------------------------

export const sourceLinksResource: ResourceDefinition<ClickStackClient> = {
  schema: sourceLinksSchema,

  async plan({ prior, proposed, client }, ctx) {
    // The source's kind decides which links it has: checked here when the source exists already, else at apply.
    const sourceId = proposed.source_id;
    if (client && typeof sourceId === 'string' && LINK_ATTRIBUTES.some((attribute) => proposed[attribute] !== null)) {
      const source = await reportingApiErrors('Could not read the linked source', ctx.diagnostics, () => readOrGone(() => client.sources.cached.get(sourceId, callOptions(ctx))));
      if (source) refuseLinksOutsideKind(proposed, source, ctx.diagnostics);
    }
    if (client) await warnAboutLinkedSources(prior, proposed, client, ctx);
    const planned = planWithId(prior, proposed);
    return { planned: planned === prior ? planned : { ...planned, id: sourceId instanceof Unknown ? planned.id : sourceId } };
  },

  create({ planned, client }, ctx) {
    return writeLinks(client, String(planned.source_id), planned, 'Could not link source', ctx);
  },

  async read({ state, client }, ctx) {
    return refreshing('Could not read source links', ctx, state, async () => sourceLinksFromApi(await client.sources.cached.get(String(state.source_id), callOptions(ctx))));
  },

  async update({ prior, planned, client }, ctx) {
    return (await writeLinks(client, String(planned.source_id), planned, 'Could not link source', ctx)) ?? prior;
  },

  async delete({ state, client }, ctx) {
    const sourceId = String(state.source_id);
    await reportingApiErrors('Could not clear source links', ctx.diagnostics, async () => {
      const source = await readOrGone(() => client.sources.get(sourceId, callOptions(ctx)));
      if (source && linkFieldsOf(source.kind).some((field) => field in source))
        await readOrGone(() => client.sources.update(sourceId, withLinks(source, null), callOptions(ctx)));
    });
  },

  importState(id) {
    return { ...nullObject(sourceLinksAttributes), id, source_id: id };
  },
};

export { sourceLinksAttributes };
