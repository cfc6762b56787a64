// Custom roles of Managed ClickStack: CASL permissions. Predefined roles are listed too, and cannot be changed.
import { boolean, id, list, object, optional, text } from '../response-shape';
import type { ObjectId, OpenObject } from './common';

/** A CASL rule: `action` on `subject`, denied instead of granted when `inverted`. */
export interface RolePermission extends OpenObject {
  action: string;
  subject: string;
  inverted?: boolean;
  integration?: string;
  /** A CASL condition object, free-form (`{"teamId": "..."}`). */
  conditions?: Record<string, unknown>;
}

export interface RoleInput extends OpenObject {
  /** Unique within the team, and not a predefined role's name. */
  name: string;
  /** Kept when an update omits it (api-behaviour §17.4). */
  description?: string;
  /** The replacement set of permissions (api-behaviour §17.2). */
  permissions: RolePermission[];
}

export interface Role extends OpenObject {
  id: ObjectId;
  name: string;
  description?: string;
  permissions: RolePermission[];
  /** Predefined (system) roles cannot be changed or deleted. */
  isPredefined?: boolean;
  createdAt?: string;
  updatedAt?: string;
}

const permissionShape = object({ action: text, subject: text, inverted: optional(boolean), integration: optional(text) });

/** What the provider reads of a role. */
export const roleShape = object({ id, name: text, description: optional(text), permissions: list(permissionShape), isPredefined: optional(boolean) });
