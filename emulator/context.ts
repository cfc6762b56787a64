// What every route handler receives: the flavor it answers for, that deployment's store and the server settings.
import type { Store } from './store';

export type Flavor = 'oss' | 'cloud';

export interface Context {
  flavor: Flavor;
  store: Store;
  /** Hosts allowed as webhook targets although private or loopback (WEBHOOK_HOSTNAME_ALLOWLIST). */
  webhookAllowList: string[];
  /** Reads of sources and dashboards carry fields the client does not model (RULES §14). */
  extraFields: boolean;
}

export interface HandlerInput {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

export interface Page {
  total: number;
  limit: number;
  offset: number;
}

/** A handler's answer: the payload (`data` / `result`), the page of a paginated list, or nothing (DELETE). */
export interface HandlerOutput {
  payload?: unknown;
  page?: Page;
  /** OSS: a body sent as is, outside `{data}` (search, validate, whoami); Cloud still wraps it in `result`. */
  raw?: unknown;
}

export type Handler = (context: Context, input: HandlerInput) => HandlerOutput | Promise<HandlerOutput>;

export const nowIso = (): string => new Date().toISOString();
