// clickstack_connection: the ClickHouse server a ClickStack OSS deployment queries (its sources name it). Reads top to
// bottom: schema, API documents, CRUD, import.
//
// Managed ClickStack has no connections API (api-behaviour §5.2): ClickHouse Cloud owns the service's connection, so a
// plan on Cloud is an error. `password` is write-only: the API never returns it (§16.1) and Terraform never stores it. It
// is sent on create, and on an update when `password_version` changes; an update without it keeps the stored one
// (§16.2), so a password can be replaced but not removed.
import type { ClickStackClient } from '../client';
import type { Connection, ConnectionInput } from '../client/models/connections';
import type { ResourceDefinition } from '../runtime/provider';
import type { Attributes, TfObject } from '../runtime/types';
import { matches, stringLength } from '../runtime/validators';
import { fromApiObject, type ObjectMapping, toApiObject } from '../shared/api-mapping';
import { callOptions, deleteIfPresent, refreshing, reportingApiErrors } from '../shared/api-errors';
import { idAttribute, optionalBool, optionalString, requiredString, serverDefault } from '../shared/attributes';
import { availableOn } from '../shared/flavor-only';
import { planWithId } from '../shared/plan';
import { nullObject } from '../shared/schema-derivation';

// --- schema ---------------------------------------------------------------------------------------------------

const connectionAttributes: Attributes = {
  id: idAttribute('connection'),
  name: requiredString('Name of the connection, as the UI lists it (names need not be unique).', stringLength(1)),
  host: requiredString('URL of the ClickHouse HTTP interface, such as `http://clickhouse:8123`.', stringLength(1)),
  username: requiredString('ClickHouse user the queries run as.'),
  password: {
    type: 'string',
    optional: true,
    sensitive: true,
    writeOnly: true,
    description:
      "Password of the ClickHouse user. **Write-only** (Terraform 1.11 or later): never stored in state or plan, and sent " +
      'only on create and when `password_version` changes. The server keeps the stored password when none is sent, so ' +
      'removing it does not clear it. Give it through a sensitive or ephemeral variable.',
  },
  password_version: optionalString(
    'Any value, never sent to ClickStack: change it (for example `"2"`, or a hash of the password) to send `password` ' +
      'again. A write-only value leaves no trace in state, so Terraform cannot see that it changed.',
  ),
  hyperdx_setting_prefix: optionalString(
    'Prefix of the ClickHouse settings HyperDX sets on its queries (letters, digits and `_`). Removing it clears it.',
    stringLength(1),
    matches(/^[a-z0-9_]+$/i, 'letters, digits and `_`'),
  ),
  is_prometheus_endpoint: serverDefault(optionalBool('Whether the host is a Prometheus-compatible endpoint rather than ClickHouse.'), false),
};

export const connectionSchema = {
  version: 0,
  block: {
    description:
      'A ClickHouse connection of ClickStack OSS: the server its sources query. The password is write-only (see ' +
      '`password_version`). ClickStack OSS (HyperDX) only: on Managed ClickStack, ClickHouse Cloud owns the connection.',
    attributes: connectionAttributes,
  },
};

// --- API documents ----------------------------------------------------------------------------------------------

const mapping: ObjectMapping = { names: { id: null, password: null, password_version: null } };

/**
 * The create or update body. The password comes from the configuration (plans never hold it); an update that means
 * "no prefix" says so with null, since an omitted one is kept (api-behaviour §16.3).
 */
export function connectionToApi(planned: TfObject, password: string | null, update: boolean): ConnectionInput {
  const body = toApiObject(connectionAttributes, planned, mapping) as ConnectionInput;
  if (password) body.password = password;
  if (update && body.hyperdxSettingPrefix === undefined) body.hyperdxSettingPrefix = null;
  return body;
}

/** The state for a server document; `password_version`, which the server never sees, comes from `known`. */
export function connectionFromApi(connection: Connection, known: TfObject): TfObject {
  return {
    ...fromApiObject(connectionAttributes, connection, mapping),
    id: connection.id,
    password: null,
    password_version: known.password_version ?? null,
    // An unset prefix may read back as `""`, and an unset flag as nothing (what the server stores when it was not sent).
    hyperdx_setting_prefix: connection.hyperdxSettingPrefix || null,
    is_prometheus_endpoint: connection.isPrometheusEndpoint ?? false,
  };
}

const passwordOf = (config: TfObject) => (typeof config.password === 'string' ? config.password : null);

// --- the resource -----------------------------------------------------------------------------------------------

export const connectionResource: ResourceDefinition<ClickStackClient> = {
  schema: connectionSchema,

  plan({ prior, proposed, client }, ctx) {
    availableOn('oss', 'clickstack_connection', client, ctx.diagnostics);
    // Write-only values never reach the plan.
    return { planned: planWithId(prior, { ...proposed, password: null }) };
  },

  async create({ planned, config, client }, ctx) {
    const created = await reportingApiErrors('Could not create connection', ctx.diagnostics, () =>
      client.connections.create(connectionToApi(planned, passwordOf(config), false), callOptions(ctx)),
    );
    return created && connectionFromApi(created, planned);
  },

  async read({ state, client }, ctx) {
    return refreshing('Could not read connection', ctx, state, async () =>
      connectionFromApi(await client.connections.cached.get(String(state.id), callOptions(ctx)), state),
    );
  },

  async update({ prior, planned, config, client }, ctx) {
    const password = prior.password_version !== planned.password_version ? passwordOf(config) : null;
    const updated = await reportingApiErrors('Could not update connection', ctx.diagnostics, () =>
      client.connections.update(String(prior.id), connectionToApi(planned, password, true), callOptions(ctx)),
    );
    return updated ? connectionFromApi(updated, planned) : prior;
  },

  async delete({ state, client }, ctx) {
    await deleteIfPresent('Could not delete connection', ctx, () => client.connections.delete(String(state.id), callOptions(ctx)));
  },

  importState(id) {
    return { ...nullObject(connectionAttributes), id };
  },
};

export { connectionAttributes };
