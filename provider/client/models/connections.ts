// ClickHouse connections (OSS only). The password is write-only and never returned.
import { boolean, id, object, optional, text } from '../response-shape';
import type { ObjectId, OpenObject } from './common';

export interface ConnectionInput extends OpenObject {
  name: string;
  /** URL of the ClickHouse HTTP interface, such as `http://clickhouse:8123`. */
  host: string;
  username: string;
  /** Write-only: never returned. An update that omits it or sends `""` keeps the stored one (api-behaviour §16.2). */
  password?: string;
  /** On update: omitted keeps the stored prefix, `null` or `""` clears it (api-behaviour §16.3). */
  hyperdxSettingPrefix?: string | null;
  isPrometheusEndpoint?: boolean;
}

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
export const connectionShape = object({
  id,
  name: text,
  host: optional(text),
  username: optional(text),
  hyperdxSettingPrefix: optional(text),
  isPrometheusEndpoint: optional(boolean),
});
