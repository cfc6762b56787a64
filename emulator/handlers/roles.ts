// Cloud roles (RULES §12): predefined roles cannot be changed or deleted.
import type { Context, Handler } from '../context';
import { nowIso } from '../context';
import { ApiError, notFound } from '../errors';
import type { Doc } from '../store';
import { anyValue, arr, bool, obj, str } from '../validation/schema';
import { validateRequest } from './common';

const permission = obj({ action: str().min(1), subject: str().min(1), inverted: bool().optional(), integration: str().optional(), conditions: anyValue() });
const createSchema = obj<{ name: string; description?: string; permissions: unknown[] }>({ name: str().trim().min(1).max(1024), description: str().optional(), permissions: arr(permission) });
/** Name and description are kept when omitted; the permissions are replaced. */
const updateSchema = obj<{ name?: string; description?: string; permissions: unknown[] }>({ name: str().trim().min(1).max(1024).optional(), description: str().optional(), permissions: arr(permission) });

function requireRole(context: Context, id: string): Doc {
  const doc = context.store.get('roles', id);
  if (!doc) throw notFound('Role not found');
  return doc;
}

function checkUniqueName(context: Context, name: string, exceptId?: string): void {
  if (context.store.list('roles').some((role) => role.id !== exceptId && role.name === name)) throw new ApiError(400, 'A role with this name already exists');
}

export const listRoles: Handler = (context) => ({ payload: context.store.list('roles') });
export const getRole: Handler = (context, input) => ({ payload: requireRole(context, validateRequest(input, { id: true }).id) });

export const createRole: Handler = (context, input) => {
  const { body } = validateRequest(input, { body: createSchema });
  checkUniqueName(context, body.name);
  const now = nowIso();
  return { payload: context.store.put('roles', { id: context.store.mintId(), ...body, isPredefined: false, createdAt: now, updatedAt: now }) };
};

export const updateRole: Handler = (context, input) => {
  const { body, id } = validateRequest(input, { body: updateSchema, id: true });
  const previous = requireRole(context, id);
  if (previous.isPredefined) throw new ApiError(400, 'Predefined roles cannot be modified');
  if (body.name !== undefined) checkUniqueName(context, body.name, id);
  return { payload: context.store.put('roles', { ...previous, ...body, updatedAt: nowIso() }) };
};

export const deleteRole: Handler = (context, input) => {
  const { id } = validateRequest(input, { id: true });
  if (requireRole(context, id).isPredefined) throw new ApiError(400, 'Predefined roles cannot be deleted');
  context.store.remove('roles', id);
  return {};
};
