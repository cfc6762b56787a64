import { AbortedError, AuthError, NotFoundError } from '../client';
import { DiagnosticsCollector } from '../runtime/diagnostics';
import type { TfObject } from '../runtime/types';
import { type Lookup, type LookupApi, lookUp, lookupAttributes, validateLookup } from './lookup';

interface Thing {
  id: string;
  name: string;
  kind: string;
}

const thingLookup: Lookup<Thing> = { noun: 'thing', narrowing: [{ attribute: 'kind', valueOf: (thing) => thing.kind }] };
const things: Thing[] = [
  { id: 'a1', name: 'Logs', kind: 'log' },
  { id: 'a2', name: 'Logs', kind: 'trace' },
  { id: 'a3', name: 'Metrics', kind: 'metric' },
];
const notFound = (id: string) => new NotFoundError({ status: 404, serverMessage: 'Not found', method: 'GET', path: `/things/${id}` });
const api = (items: Thing[] = things): LookupApi<Thing> => ({
  get: async (id) => {
    const found = items.find((thing) => thing.id === id);
    if (!found) throw notFound(id);
    return found;
  },
  list: async () => items,
});
const config = (values: Partial<Record<'id' | 'name' | 'kind', string>>): TfObject => ({ id: null, name: null, kind: null, ...values });

async function find(values: Partial<Record<'id' | 'name' | 'kind', string>>, lookupApi = api()) {
  const diagnostics = new DiagnosticsCollector();
  const found = await lookUp(thingLookup, config(values), lookupApi, { signal: new AbortController().signal, stop: new AbortController().signal, diagnostics });
  return { found, diagnostics: diagnostics.all };
}

describe('lookUp', () => {
  it('finds an object by id', async () => {
    expect(await find({ id: 'a2' })).toEqual({ found: things[1], diagnostics: [] });
  });

  it('reports an unknown id on `id`', async () => {
    expect(await find({ id: 'zz' })).toEqual({
      found: null,
      diagnostics: [{ severity: 'error', summary: 'Thing not found', detail: 'No thing has the id "zz".', path: ['id'] }],
    });
  });

  it('finds the one object with a name', async () => {
    expect(await find({ name: 'Metrics' })).toEqual({ found: things[2], diagnostics: [] });
  });

  it('narrows a name by the narrowing attributes', async () => {
    expect(await find({ name: 'Logs', kind: 'trace' })).toEqual({ found: things[1], diagnostics: [] });
  });

  it('lists every candidate when nothing matches', async () => {
    expect(await find({ name: 'Logs', kind: 'metric' })).toEqual({
      found: null,
      diagnostics: [
        {
          severity: 'error',
          summary: 'Thing not found',
          detail:
            'No thing has name "Logs" and kind "metric". Things: "Logs" (kind log, id a1), "Logs" (kind trace, id a2), "Metrics" (kind metric, id a3).',
          path: ['name'],
        },
      ],
    });
  });

  it('says so when there is nothing at all', async () => {
    const { diagnostics } = await find({ name: 'Logs' }, api([]));
    expect(diagnostics.map((d) => d.detail)).toEqual(['No thing has name "Logs". Things: none.']);
  });

  it('lists the matches of an ambiguous name and how to narrow it', async () => {
    expect(await find({ name: 'Logs' })).toEqual({
      found: null,
      diagnostics: [
        {
          severity: 'error',
          summary: 'Thing lookup is ambiguous',
          detail: '2 things have name "Logs": "Logs" (kind log, id a1), "Logs" (kind trace, id a2). Narrow the lookup with `kind`, or look one up by `id`.',
          path: ['name'],
        },
      ],
    });
  });

  it('suggests only the id when the narrowing attributes are all set', async () => {
    const twins = [things[0], { ...things[0], id: 'b1' }];
    const { diagnostics } = await find({ name: 'Logs', kind: 'log' }, api(twins));
    expect(diagnostics.map((d) => d.detail)).toEqual([
      '2 things have name "Logs" and kind "log": "Logs" (kind log, id a1), "Logs" (kind log, id b1). Look one up by `id`.',
    ]);
  });

  it('counts the candidates beyond twenty instead of listing them', async () => {
    const many = Array.from({ length: 23 }, (_, i) => ({ id: `id${i}`, name: `thing ${i}`, kind: 'log' }));
    const { diagnostics } = await find({ name: 'absent' }, api(many));
    expect(diagnostics[0].detail).toMatch(/"thing 19" \(kind log, id id19\) and 3 more\.$/);
    expect(diagnostics[0].detail).not.toContain('thing 20');
  });

  it('turns an API failure into an error saying what failed', async () => {
    const failing: LookupApi<Thing> = {
      ...api(),
      list: async () => {
        throw new AuthError({ status: 401, serverMessage: 'Unauthorized', method: 'GET', path: '/things' });
      },
    };
    expect((await find({ name: 'Logs' }, failing)).diagnostics).toEqual([
      { severity: 'error', summary: 'Could not look up the thing', detail: 'GET /things failed with HTTP 401: Unauthorized' },
    ]);
  });

  it("hands the call's abort and stop signals to the API", async () => {
    const [signal, stop] = [new AbortController().signal, new AbortController().signal];
    const seen: (AbortSignal | undefined)[] = [];
    const recording: LookupApi<Thing> = {
      get: async (id, options) => (seen.push(options.signal, options.stop), api().get(id, options)),
      list: async (options) => (seen.push(options.signal, options.stop), things),
    };
    const diagnostics = new DiagnosticsCollector();
    await lookUp(thingLookup, config({ id: 'a1' }), recording, { signal, stop, diagnostics });
    await lookUp(thingLookup, config({ name: 'Metrics' }), recording, { signal, stop, diagnostics });
    expect(seen).toEqual([signal, stop, signal, stop]);
  });

  it('lets an interruption through for the server to report', async () => {
    const aborted: LookupApi<Thing> = { ...api(), get: async () => Promise.reject(new AbortedError('aborted')) };
    await expect(find({ id: 'a1' }, aborted)).rejects.toBeInstanceOf(AbortedError);
  });
});

describe('validateLookup', () => {
  const validate = (values: Partial<Record<'id' | 'name' | 'kind', string>>) => {
    const diagnostics = new DiagnosticsCollector();
    validateLookup(thingLookup, config(values), diagnostics);
    return diagnostics.all.map(({ detail, path }) => ({ detail, path }));
  };

  it('accepts an id, a name, or a name and narrowing attributes', () => {
    expect(validate({ id: 'a1' })).toEqual([]);
    expect(validate({ name: 'Logs' })).toEqual([]);
    expect(validate({ name: 'Logs', kind: 'log' })).toEqual([]);
  });

  it('wants exactly one of id and name', () => {
    expect(validate({})).toEqual([{ detail: 'Set `id` or `name`.', path: undefined }]);
    expect(validate({ id: 'a1', name: 'Logs' })).toEqual([{ detail: 'Set only one of `id` and `name`.', path: ['name'] }]);
  });

  it('refuses narrowing attributes with an id', () => {
    expect(validate({ id: 'a1', kind: 'log' })).toEqual([
      { detail: '`kind` narrows a lookup by `name`; it cannot be set with `id`.', path: ['kind'] },
    ]);
  });
});

describe('lookupAttributes', () => {
  it('makes id and name optional arguments that also report what was found', () => {
    const { id, name } = lookupAttributes(thingLookup);
    expect([id, name].map(({ optional, computed }) => ({ optional, computed }))).toEqual([
      { optional: true, computed: true },
      { optional: true, computed: true },
    ]);
    expect(name.description).toBe('Name of the thing. Set exactly one of `id` and `name`; exactly one thing must match the name and `kind`, when set.');
  });
});
