// Property tests of clickstack_source's reading and writing over generated server documents (seeded, so a failure
// reproduces): whatever a server reports for an unset field (absent, `""`, null for `disabled`), an import reads into a
// state whose generated configuration plans no change; and an update body built on the server's document keeps every
// field the resource does not manage (links, fields of newer servers) and the values it does.
import { SOURCE_LINK_FIELDS } from '../../values';
import type { ClickStackClient } from '../../client';
import type { Source } from '../../client/models/sources';
import { camelCase } from '../../shared/api-mapping';
import { clickstackHarness } from '../../../test/support/clickstack';
import { Random } from '../../../test/support/cty-values';
import { differences, generatedConfig } from '../../../test/support/terraform-rules';
import { sourceToApi } from './documents';
import { kindAttributes, KINDS_WITH_FIELDS, sourceAttributes } from './schema';

const SEED = 20_261_207;
const CASES = 300;
const KINDS = [...KINDS_WITH_FIELDS, 'promql'] as const;
const SERVER_DEFAULTED = ['disabled', 'querySettings', 'durationPrecision'];

/** A source document as a server may answer it: each optional string absent, `""` or set. */
function randomSource(random: Random, n: number): Record<string, unknown> {
  const kind = random.pick(KINDS);
  const unset = () => random.pick([undefined, '']);
  const document: Record<string, unknown> = {
    id: n.toString(16).padStart(24, '0'),
    name: `Source ${n}`,
    kind,
    connection: '64f0000000000000000000c1',
    from: { databaseName: 'default', tableName: kind === 'metric' ? random.pick(['', null]) : 'events' },
    timestampValueExpression: 'Timestamp',
    disabled: random.pick([undefined, null, false, true]),
    newerServerNote: random.chance(0.5) ? 'kept' : undefined,
  };
  if (random.chance(0.5)) document.section = random.chance(0.5) ? 'Apps' : unset();
  if (random.chance(0.5)) document.querySettings = random.chance(0.5) ? [] : [{ setting: 'max_threads', value: '4' }];
  for (const field of SOURCE_LINK_FIELDS[kind]) if (random.chance(0.5)) document[field] = random.chance(0.7) ? 'ab'.repeat(12) : '';
  if (kind === 'promql') return document;
  for (const [name, attribute] of Object.entries(kindAttributes[kind])) {
    if (attribute.type !== 'string') continue;
    const field = camelCase(name);
    if (attribute.required) document[field] = `Req${name}`;
    else if (name === 'use_text_index_for_implicit_column') document[field] = random.pick([undefined, 'auto', 'disabled']);
    else if (name !== 'service_version_expression' || random.chance(0.5)) document[field] = random.chance(0.4) ? `Expr${name}` : unset();
  }
  if (kind === 'metric') document.metricTables = { gauge: 'g', ...(random.chance(0.5) ? { 'exponential histogram': 'eh' } : {}) };
  if (kind === 'trace' && random.chance(0.5)) document.durationPrecision = random.int(10);
  if ((kind === 'log' || kind === 'trace') && random.chance(0.3)) document.metadataMaterializedViews = { kvRollupTable: 'kv', granularity: random.pick(['15m', '1h', '30s']) };
  return document;
}

describe('clickstack_source over generated server documents', () => {
  const random = new Random(SEED);
  const documents = Array.from({ length: CASES }, (_, n) => randomSource(random, n));
  /** A client that reads each document as the server answered it. */
  const server = { flavor: 'oss', sources: { cached: { get: async (id: string) => documents.find((document) => document.id === id) } } };
  const lifecycle = clickstackHarness(() => server as unknown as ClickStackClient).resource('clickstack_source');

  it('imports into a state whose generated configuration plans no change', async () => {
    for (const document of documents) {
      const state = (await lifecycle.import(String(document.id)))!;
      const { planned, diagnostics } = await lifecycle.plan(state, generatedConfig(sourceAttributes, state));
      expect([document.id, diagnostics.filter((d) => d.severity === 'error'), differences(state, planned!)]).toEqual([document.id, [], []]);
    }
  });

  it('writes an update that keeps what the resource does not manage and the values it does; an unset field stays unset', async () => {
    for (const document of documents) {
      const state = (await lifecycle.import(String(document.id)))!;
      const body = sourceToApi(state, document as Source) as Record<string, unknown>;
      const expected = Object.fromEntries(
        Object.entries(document).filter(([field, value]) => field !== 'id' && value !== undefined && value !== '' && value !== null),
      );
      const { from: _from, disabled: _disabled, querySettings: _settings, durationPrecision: _precision, ...kept } = expected;
      expect([document.id, body]).toEqual([document.id, expect.objectContaining(kept)]);
      // Links belong to clickstack_source_links: sent back exactly as the server has them, `""` too.
      const links: readonly string[] = SOURCE_LINK_FIELDS[document.kind as Source['kind']];
      for (const field of links) expect([document.id, field, body[field]]).toEqual([document.id, field, document[field]]);
      // Fields with a server default are written as that default (`disabled: false`...); any other unset one is left out.
      for (const [field, value] of Object.entries(document))
        if ((value === '' || value === undefined) && !SERVER_DEFAULTED.includes(field) && !links.includes(field))
          expect([document.id, field, body[field]]).toEqual([document.id, field, undefined]);
    }
  });
});
