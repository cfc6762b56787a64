// data "clickstack_sources": every source, or those of one kind, each with the attributes of data "clickstack_source".
import type { ClickStackClient } from '../client';
import type { DataSourceDefinition } from '../runtime/provider';
import { oneOf } from '../runtime/validators';
import { sourceAttributes, sourceFromApi } from './source';
import { SOURCE_KINDS } from '../values';
import { callOptions, reportingApiErrors } from '../shared/api-errors';
import { codeList } from '../shared/attributes';

export const sourcesDataSource: DataSourceDefinition<ClickStackClient> = {
  schema: {
    version: 0,
    block: {
      description: 'Lists the ClickStack sources, optionally only those of one kind.',
      attributes: {
        kind: {
          type: 'string',
          optional: true,
          description: `Only sources of this kind: ${codeList(SOURCE_KINDS)}. All sources when unset.`,
          validators: [oneOf(...SOURCE_KINDS)],
        },
        sources: {
          computed: true,
          description: 'The sources, in the order the API lists them.',
          nested: { nesting: 'list', attributes: sourceAttributes },
        },
      },
    },
  },

  async read({ config, client }, ctx) {
    const sources = await reportingApiErrors('Could not list the sources', ctx.diagnostics, () => client.sources.cached.list(callOptions(ctx)));
    if (sources === null) return null;
    const selected = config.kind === null ? sources : sources.filter((source) => source.kind === config.kind);
    return { kind: config.kind, sources: selected.map(sourceFromApi) };
  },
};
