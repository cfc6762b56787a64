// Webhooks (RULES §7): URL rules, (service, name) uniqueness, write-only headers and query params, PUT
// compare-and-swap on url + service, delete guarded by referencing alerts.
import * as net from 'node:net';
import type { Context, Handler } from '../context';
import { nowIso } from '../context';
import { ApiError, notFound } from '../errors';
import { compact } from '../json';
import type { Doc } from '../store';
import { webhookSchema, type WebhookBody } from '../validation/webhook';
import { paginate, paginationQuery, validateRequest } from './common';

/** The read→write gap of the real server (a database round trip), so concurrent PUTs can race as they do there. */
const READ_TO_WRITE_MS = 25;
const DUPLICATE = 'A webhook with this service and name already exists';

const RESERVED_IPV4 = new net.BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) RESERVED_IPV4.addSubnet(network, prefix, 'ipv4');
const RESERVED_IPV6 = new net.BlockList();
for (const [network, prefix] of [['fe80::', 10], ['fc00::', 7], ['ff00::', 8], ['2001:db8::', 32], ['100::', 64]] as const) RESERVED_IPV6.addSubnet(network, prefix, 'ipv6');

/** The eight 16-bit groups of an IPv6 address. */
function ipv6Groups(address: string): number[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const hex = dotted
    ? `${address.slice(0, dotted.index)}${((+dotted[1] << 8) | +dotted[2]).toString(16)}:${((+dotted[3] << 8) | +dotted[4]).toString(16)}`
    : address;
  const groups = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  if (!hex.includes('::')) return groups(hex);
  const [head, tail] = hex.split('::').map(groups);
  return [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
}

/**
 * Loopback, private, link-local, CGNAT, multicast, documentation and reserved addresses; an IPv4-mapped or
 * IPv4-compatible IPv6 address is judged by its IPv4 part. Names are not resolved (RULES §7.3).
 */
function isReservedIp(host: string): boolean {
  if (net.isIPv4(host)) return RESERVED_IPV4.check(host, 'ipv4');
  if (!net.isIPv6(host)) return false;
  const groups = ipv6Groups(host);
  if (groups.slice(0, 5).every((group) => group === 0) && (groups[5] === 0 || groups[5] === 0xffff)) {
    return isReservedIp([groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.'));
  }
  return RESERVED_IPV6.check(host, 'ipv6');
}

const normalizeHost = (host: string) => host.replace(/^\[|\]$/g, '').replace(/\.+$/, '').toLowerCase();

/** WEBHOOK_HOSTNAME_ALLOWLIST: a host, or a domain and its subdomains (an address only as itself). */
function isAllowListed(host: string, allowList: string[]): boolean {
  return allowList.map((entry) => normalizeHost(entry.trim())).filter(Boolean)
    .some((entry) => host === entry || (net.isIP(entry) === 0 && host.endsWith(`.${entry}`)));
}

function checkUrl(context: Context, webhook: WebhookBody): void {
  const url = new URL(webhook.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ApiError(400, 'Webhook URL must use HTTP or HTTPS');
  if (webhook.service === 'slack' && url.hostname.split('.').slice(-2).join('.') !== 'slack.com') {
    throw new ApiError(400, `Slack Webhook URL ${webhook.url} does not have hostname that ends in 'slack.com'`);
  }
  const host = normalizeHost(url.hostname);
  const local = host === 'localhost' || host.endsWith('.localhost');
  if (!isAllowListed(host, context.webhookAllowList) && (local || isReservedIp(host))) {
    throw new ApiError(400, 'Webhook URL resolves to a private or reserved address.');
  }
}

const clashes = (context: Context, webhook: WebhookBody, exceptId?: string) =>
  context.store.list('webhooks').some((doc) => doc.id !== exceptId && doc.service === webhook.service && doc.name === webhook.name);

/** headers and queryParams are write-only; body is shown for generic webhooks only. */
function serializeWebhook(doc: Doc): Record<string, unknown> {
  return compact({
    id: doc.id,
    name: doc.name,
    url: doc.url,
    description: doc.description,
    updatedAt: doc.updatedAt,
    createdAt: doc.createdAt,
    service: doc.service,
    body: doc.service === 'generic' ? doc.body : undefined,
  });
}

export const listWebhooks: Handler = (context, input) => {
  const { query } = validateRequest(input, { query: paginationQuery });
  const { items, page } = paginate(context.store.list('webhooks'), query);
  return { payload: items.map(serializeWebhook), page };
};

export const createWebhook: Handler = (context, input) => {
  const { body } = validateRequest(input, { body: webhookSchema });
  checkUrl(context, body);
  if (clashes(context, body)) throw new ApiError(400, DUPLICATE);
  const now = nowIso();
  return { payload: serializeWebhook(context.store.put('webhooks', compact({ id: context.store.mintId(), ...body, createdAt: now, updatedAt: now }))) };
};

/**
 * PUT (RULES §7.4): name, service and url always set; description and body removed when omitted; headers and
 * queryParams kept when omitted unless url or service changed, `{}` clears them. Compare-and-swap on the url and
 * service read first: a concurrent change between read and write is a 409.
 */
export const updateWebhook: Handler = async (context, input) => {
  const { body, id } = validateRequest(input, { body: webhookSchema, id: true });
  const read = context.store.get('webhooks', id);
  if (!read) throw notFound('Webhook not found');
  checkUrl(context, body);
  await new Promise((resolve) => setTimeout(resolve, READ_TO_WRITE_MS));
  const current = context.store.get('webhooks', id);
  if (!current) throw notFound('Webhook not found');
  if (current.url !== read.url || current.service !== read.service) {
    throw new ApiError(409, 'Webhook was modified concurrently; please retry with the current state');
  }
  if (clashes(context, body, id)) throw new ApiError(400, DUPLICATE);
  const destinationChanged = body.url !== read.url || body.service !== read.service;
  const writeOnly = (field: 'headers' | 'queryParams') => {
    const sent = body[field];
    if (sent === undefined) return destinationChanged ? undefined : read[field];
    return Object.keys(sent).length ? sent : undefined;
  };
  const doc = context.store.put('webhooks', compact({
    id, name: body.name, service: body.service, url: body.url, description: body.description, body: body.body,
    headers: writeOnly('headers'), queryParams: writeOnly('queryParams'), createdAt: read.createdAt, updatedAt: nowIso(),
  }));
  return { payload: serializeWebhook(doc) };
};

/** 409 while an alert's first channel (its legacy `channel`) names the webhook, checked before existence. */
export const deleteWebhook: Handler = (context, input) => {
  const { id } = validateRequest(input, { id: true });
  const references = context.store.list('alerts').filter((alert) => alert.channel?.webhookId === id).length;
  if (references) throw new ApiError(409, `Cannot delete webhook: ${references} alert(s) still reference it. Reassign or remove those alerts first.`);
  if (!context.store.remove('webhooks', id)) throw notFound('Webhook not found');
  return {};
};
