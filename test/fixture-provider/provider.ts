// A small provider built on the runtime for the end-to-end tests: `fixture_thing` objects kept in a JSON
// file (see store.ts), with attributes covering every kind of value the runtime must carry, and a data source.
import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { numberFromText } from '../../provider/runtime/lossless-json';
import { requiresReplace, useStateForUnknown } from '../../provider/runtime/plan-modifiers';
import type { CallContext, ProviderDefinition, ResourceDefinition } from '../../provider/runtime/provider';
import { type CtyType, Dynamic, type TfObject, type TfValue, Unknown } from '../../provider/runtime/types';
import { matches, numberBetween } from '../../provider/runtime/validators';
import { type StoredThing, ThingStore } from './store';

export const FIXTURE_ADDRESS = 'registry.terraform.io/clickstack-iac/fixture';

interface FixtureClient {
  store: ThingStore;
  /** Slows down create and update so a test can press Ctrl-C in the middle of an apply. */
  applyDelayMs: number;
}

function thingToState(thing: StoredThing): TfObject {
  return {
    ...thing,
    big_number: thing.big_number === null ? null : numberFromText(thing.big_number),
    extra: thing.extra === null ? null : new Dynamic(thing.extra.type as CtyType, thing.extra.value as TfValue),
  };
}

function stateToThing(id: string, state: TfObject): StoredThing {
  const extra = state.extra instanceof Dynamic ? { type: state.extra.type, value: state.extra.value } : null;
  return {
    id,
    name: state.name as string,
    tags: state.tags as string[] | null,
    labels: state.labels as string[] | null,
    settings: state.settings as StoredThing['settings'],
    metadata: state.metadata as StoredThing['metadata'],
    big_number: state.big_number === null ? null : String(state.big_number),
    secret: state.secret as string | null,
    extra,
  };
}

/** A wait before the write, which a stop cuts short: nothing has been written yet. */
async function slowApply(client: FixtureClient, ctx: CallContext): Promise<void> {
  if (client.applyDelayMs > 0) await delay(client.applyDelayMs, undefined, { signal: ctx.stop });
}

const thing: ResourceDefinition<FixtureClient> = {
  schema: {
    version: 0,
    block: {
      description: 'A thing kept in the fixture store.',
      attributes: {
        id: { type: 'string', computed: true, planModifiers: [useStateForUnknown] },
        name: {
          type: 'string',
          required: true,
          validators: [matches(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes')],
          planModifiers: [requiresReplace],
          description: 'Changing it replaces the thing.',
        },
        tags: { type: ['list', 'string'], optional: true },
        labels: { type: ['set', 'string'], optional: true },
        settings: {
          optional: true,
          nested: {
            nesting: 'single',
            attributes: {
              color: { type: 'string', optional: true },
              size: { type: 'number', optional: true, validators: [numberBetween(1, 100)] },
            },
          },
        },
        metadata: { type: ['map', 'string'], optional: true },
        big_number: { type: 'number', optional: true, description: 'Kept exactly, beyond 2^53.' },
        secret: { type: 'string', optional: true, sensitive: true },
        token: { type: 'string', optional: true, sensitive: true, writeOnly: true, description: 'Sent on apply, never stored.' },
        extra: { type: 'dynamic', optional: true },
      },
    },
  },

  async create({ planned, client }, ctx) {
    await slowApply(client, ctx);
    const created = stateToThing(client.store.newId(), planned);
    await client.store.put(created);
    return thingToState(created);
  },

  async read({ state, client }) {
    const found = await client.store.get(state.id as string);
    return found ? thingToState(found) : null;
  },

  async update({ prior, planned, client }, ctx) {
    await slowApply(client, ctx);
    const updated = stateToThing(prior.id as string, planned);
    await client.store.put(updated);
    return thingToState(updated);
  },

  async delete({ state, client }) {
    await client.store.remove(state.id as string);
  },

  importState: (id) => ({ id }),
};

export const fixtureProvider: ProviderDefinition<FixtureClient> = {
  typeName: 'fixture',
  schema: {
    version: 0,
    block: {
      attributes: {
        store_path: {
          type: 'string',
          optional: true,
          description: 'JSON file holding the things; default $FIXTURE_STORE_PATH, else fixture-store.json in the working directory.',
        },
        apply_delay_ms: { type: 'number', optional: true, validators: [numberBetween(0)] },
      },
    },
  },

  async configure(config) {
    const storePath = typeof config.store_path === 'string' ? config.store_path : process.env.FIXTURE_STORE_PATH;
    const applyDelay = config.apply_delay_ms;
    return {
      store: new ThingStore(resolve(storePath ?? 'fixture-store.json')),
      applyDelayMs: typeof applyDelay === 'number' ? applyDelay : 0,
    };
  },

  resources: { fixture_thing: thing },

  dataSources: {
    fixture_thing: {
      schema: {
        version: 0,
        block: {
          attributes: {
            name: { type: 'string', required: true },
            id: { type: 'string', computed: true },
            tags: { type: ['list', 'string'], computed: true },
            big_number: { type: 'number', computed: true },
          },
        },
      },
      async read({ config, client }, ctx) {
        if (config.name instanceof Unknown) return null;
        const found = await client.store.findByName(config.name as string);
        if (!found) {
          ctx.diagnostics.error('No such thing', `No fixture_thing is named ${JSON.stringify(config.name)}.`, ['name']);
          return null;
        }
        const { id, name, tags, big_number } = thingToState(found);
        return { id, name, tags, big_number };
      },
    },
  },
};
