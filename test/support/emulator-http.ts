// Raw HTTP to an emulator of either flavor, as a browser or curl sends it: for tests of the wire itself, with no
// client in between.
import type { EmulatorHandle } from '../../emulator';

export type Flavor = 'oss' | 'cloud';
export const FLAVORS: Flavor[] = ['oss', 'cloud'];

export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON when the answer is JSON, else the text. */
  body: any;
}

export interface SendOptions {
  /** Sent as is instead of `JSON.stringify(body)`. */
  raw?: string;
  contentType?: string;
  /** The Authorization header; the flavor's valid credentials by default. */
  auth?: string;
}

export function apiBase(emulator: EmulatorHandle, flavor: Flavor): string {
  return flavor === 'oss'
    ? `${emulator.ossUrl}/api/v2`
    : `${emulator.cloudUrl}/v1/organizations/${emulator.organizationId}/services/${emulator.serviceId}/clickstack`;
}

export function credentials(emulator: EmulatorHandle, flavor: Flavor): string {
  return flavor === 'oss' ? `Bearer ${emulator.apiKey}` : `Basic ${Buffer.from(`${emulator.keyId}:${emulator.keySecret}`).toString('base64')}`;
}

/** `method route` against the flavor's API (`route` is relative to its prefix: `/dashboards/<id>`). */
export async function send(emulator: EmulatorHandle, flavor: Flavor, method: string, route: string, body?: unknown, options: SendOptions = {}): Promise<Reply> {
  const response = await fetch(`${apiBase(emulator, flavor)}${route}`, {
    method,
    headers: { Authorization: options.auth ?? credentials(emulator, flavor), 'Content-Type': options.contentType ?? 'application/json' },
    body: options.raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return { status: response.status, headers: response.headers, body: isJson ? JSON.parse(text) : text };
}

/** The document of a success reply: OSS `data`, Cloud `result`. */
export function payload(flavor: Flavor, reply: Reply): any {
  if (reply.status !== 200) throw new Error(`expected 200, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  return flavor === 'oss' ? reply.body.data : reply.body.result;
}

/** The message of an error reply: OSS `message`, Cloud `error`. */
export const errorMessage = (flavor: Flavor, reply: Reply): string => (flavor === 'oss' ? reply.body.message : reply.body.error);
