// ClickHouse connections (OSS only). The password is write-only and never returned.
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
