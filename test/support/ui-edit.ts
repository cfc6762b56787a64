// An edit made in the UI, as the app makes it: read the whole document, change it, write the whole document back.
// Tests that imitate a change made behind Terraform's back use this, never a hand-trimmed body.
import type { EmulatorHandle } from '../../emulator';
import { type Flavor, payload, send } from './emulator-http';

export type Kind = 'dashboards' | 'alerts' | 'saved-searches' | 'sources' | 'webhooks' | 'connections' | 'roles';
type Json = Record<string, any>;

/** The current document: by id, or for webhooks (no GET by id on either API) from the list. */
export async function readDocument(emulator: EmulatorHandle, flavor: Flavor, kind: Kind, id: string): Promise<Json> {
  if (kind !== 'webhooks') return payload(flavor, await send(emulator, flavor, 'GET', `/${kind}/${id}`));
  const found = (payload(flavor, await send(emulator, flavor, 'GET', '/webhooks')) as Json[]).find((webhook) => webhook.id === id);
  if (!found) throw new Error(`webhook ${id} is not in the list`);
  return found;
}

/**
 * A read as it can be written back. OSS takes it as is. Managed ClickStack refuses three things a dashboard read
 * carries (emulator RULES §12.6): the top-level id, valueExpression on count select items, level on
 * non-quantile ones; they are removed, and nothing else.
 */
export function writable(flavor: Flavor, kind: Kind, document: Json): Json {
  if (flavor === 'oss' || kind !== 'dashboards') return document;
  const { id: _id, ...rest } = document;
  const item = ({ valueExpression, level, ...fields }: Json) => ({
    ...fields,
    ...(fields.aggFn === 'count' ? {} : { valueExpression }),
    ...(fields.aggFn === 'quantile' ? { level } : {}),
  });
  const tiles = (rest.tiles as Json[]).map((tile) =>
    Array.isArray(tile.config?.select) && tile.config.displayType !== 'heatmap' ? { ...tile, config: { ...tile.config, select: tile.config.select.map(item) } } : tile,
  );
  return { ...rest, tiles };
}

/** GET → `edit` (in place, or returning the new document) → PUT of the whole document; the PUT's answer. */
export async function editLikeTheUi(emulator: EmulatorHandle, flavor: Flavor, kind: Kind, id: string, edit: (document: Json) => Json | void): Promise<Json> {
  const document = await readDocument(emulator, flavor, kind, id);
  const edited = edit(document) ?? document;
  return payload(flavor, await send(emulator, flavor, 'PUT', `/${kind}/${id}`, writable(flavor, kind, edited)));
}
