// Webhooks (OSS notes §4; Cloud notes §4.7, §4.9): URL rules, (service, name) uniqueness, write-only headers and
// query params, PUT compare-and-swap on url+service, delete guarded by referencing alerts.
import * as net from 'node:net';
import type { Context, Handler } from '../context';
import { nowIso } from '../context';
import { ApiError, badRequest, notFound } from '../errors';
import type { Doc } from '../store';
import { obj, optional, record, str, enumOf, type Parser } from '../validation/schema';
import { compact, idParam, paginate, parseBody } from './common';

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const NO_CONTROL_CHARS: [RegExp, string] = [/^[^\u0000-\u001f\u007f]*$/, 'Value must not contain control characters'];
const HEADER_NAME: [RegExp, string] = [/^(?![0-9])[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'Invalid header name'];

/** The read→write gap of the real server (a database round trip), so concurrent PUTs can race as they do there. */
const READ_TO_WRITE_MS = 25;

type WebhookBody = { name: string; service: string; url: string; description?: string; body?: string; headers?: Record<string, string>; queryParams?: Record<string, string> };

const WEBHOOK_BODY: Parser<WebhookBody> = obj<WebhookBody>({
  name: str({ trim: true, min: 1, max: 1024 }),
  service: enumOf(['slack', 'generic', 'incidentio'] as const),
  url: str({ max: 2048, url: true }),
  // Both flavours: the Cloud WebhookInput has `description` too, and Cloud notes §4.9 says a PUT replaces it.
  description: optional(str({ max: 2048 })),
  body: optional(str({ max: 16384 })),
  headers: optional(record(str({ max: 4096, regex: NO_CONTROL_CHARS }), { maxEntries: 100, key: str({ max: 256, regex: HEADER_NAME }) })),
  queryParams: optional(record(str({ max: 4096, regex: NO_CONTROL_CHARS }), { maxEntries: 100, key: str({ max: 1024 }) })),
});

/** Loopback, private, link-local, CGNAT and reserved IPv4/IPv6 literals, and localhost names. Names are not resolved. */
function isPrivateHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (net.isIPv4(bare)) {
    const [a, b] = bare.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || a >= 224 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 198 && (b === 18 || b === 19));
  }
  if (net.isIPv6(bare)) return bare === '::1' || bare === '::' || /^f[cd]/.test(bare) || /^fe[89ab]/.test(bare) || bare.startsWith('::ffff:');
  return false;
}

function isAllowListed(host: string, allowList: string[]): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return allowList.some((entry) => bare === entry.toLowerCase() || bare.endsWith(`.${entry.toLowerCase()}`));
}

function checkUrl(context: Context, body: WebhookBody): void {
  const url = new URL(body.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badRequest('Webhook URL must use http or https');
  if (body.service === 'slack' && !(url.hostname === 'slack.com' || url.hostname.endsWith('.slack.com'))) {
    throw badRequest('Slack webhook URLs must be on the slack.com domain');
  }
  if (isPrivateHost(url.hostname) && !isAllowListed(url.hostname, context.webhookAllowList)) {
    throw badRequest('Webhook URL resolves to a private or reserved address.');
  }
  if (body.service === 'slack') {
    for (const field of ['headers', 'queryParams', 'body'] as const) {
      if (body[field] !== undefined) throw badRequest(`${field} is not supported for the slack webhook service`);
    }
  }
}

function checkUnique(context: Context, body: WebhookBody, exceptId?: string): void {
  const clash = context.store.list('webhooks').find((doc) => doc.id !== exceptId && doc.service === body.service && doc.name === body.name);
  if (clash) throw badRequest('A webhook with this service and name already exists');
}

/** headers and queryParams are write-only; body is shown for generic webhooks only. */
function serializeWebhook(doc: Doc): Record<string, unknown> {
  return compact({
    id: doc.id,
    name: doc.name,
    service: doc.service,
    url: doc.url,
    description: doc.description,
    body: doc.service === 'generic' ? doc.body : undefined,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  });
}

export const listWebhooks: Handler = (context, input) => {
  const { items, page } = paginate(input, context.store.list('webhooks'));
  return { payload: items.map(serializeWebhook), page };
};

export const createWebhook: Handler = (context, input) => {
  const body = parseBody(WEBHOOK_BODY, input);
  checkUrl(context, body);
  checkUnique(context, body);
  const now = nowIso();
  const doc = context.store.put('webhooks', compact({ id: context.store.mintId(), ...body, createdAt: now, updatedAt: now }));
  return { payload: serializeWebhook(doc) };
};

/**
 * PUT (OSS notes §4): name, service and url always set; description and body unset when omitted; headers and
 * queryParams kept when omitted unless url or service changed, `{}` clears. Compare-and-swap on the url+service
 * read at the start: a concurrent change between read and write gives 409.
 */
export const updateWebhook: Handler = async (context, input) => {
  const id = idParam(input);
  const body = parseBody(WEBHOOK_BODY, input);
  const read = context.store.get('webhooks', id);
  if (!read) throw notFound('Webhook not found');
  checkUrl(context, body);
  checkUnique(context, body, id);
  await new Promise((resolve) => setTimeout(resolve, READ_TO_WRITE_MS));
  const current = context.store.get('webhooks', id);
  if (!current) throw notFound('Webhook not found');
  if (current.url !== read.url || current.service !== read.service) {
    throw new ApiError(409, 'Webhook was modified concurrently; please retry with the current state');
  }
  const targetChanged = body.url !== read.url || body.service !== read.service;
  const writeOnly = (field: 'headers' | 'queryParams') => {
    const value = body[field] ?? (targetChanged ? undefined : read[field]);
    return value && Object.keys(value).length ? value : undefined;
  };
  const doc = context.store.put('webhooks', compact({
    id, name: body.name, service: body.service, url: body.url, description: body.description, body: body.body,
    headers: writeOnly('headers'), queryParams: writeOnly('queryParams'), createdAt: read.createdAt, updatedAt: nowIso(),
  }));
  return { payload: serializeWebhook(doc) };
};

/** 409 while an alert's legacy `channel` (the first channel) references the webhook (OSS notes §4). */
export const deleteWebhook: Handler = (context, input) => {
  const id = idParam(input);
  if (!context.store.get('webhooks', id)) throw notFound('Webhook not found');
  const references = context.store.list('alerts').filter((alert) => alert.channels?.[0]?.webhookId === id).length;
  if (references) {
    throw new ApiError(409, `Cannot delete webhook: ${references} alert(s) still reference it. Reassign or remove those alerts first.`);
  }
  context.store.remove('webhooks', id);
  return {};
};
