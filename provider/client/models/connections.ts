// ClickHouse connections (OSS only). The password is write-only and never returned.
import { id, object, optional, text } from '../response-shape';
import type { ObjectId, OpenObject } from './common';

export interface Connection extends OpenObject {
  id: ObjectId;
  name: string;
  host: string;
  username: string;
  hyperdxSettingPrefix?: string | null;
  isPrometheusEndpoint?: boolean;
  createdAt?: string;
  updatedAt?: string;
}

/** What the provider reads of a connection. */
export const connectionShape = object({ id, name: text, host: optional(text), username: optional(text) });
