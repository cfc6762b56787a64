// Cloud roles (Cloud notes §2, §4.7): predefined roles cannot be changed or deleted.
import type { Context, Handler } from '../context';
import { nowIso } from '../context';
import { badRequest, notFound } from '../errors';
import type { Doc } from '../store';
import { anyValue, arr, bool, obj, optional, str } from '../validation/schema';
import { idParam, parseBody } from './common';

const permission = obj({ action: str({ min: 1 }), subject: str({ min: 1 }), inverted: optional(bool()), integration: optional(str()), conditions: optional(anyValue()) });
const createSchema = obj<{ name: string; permissions: unknown[] }>({ name: str({ trim: true, min: 1, max: 1024 }), permissions: arr(permission) });
const updateSchema = obj<{ name?: string; permissions: unknown[] }>({ name: optional(str({ trim: true, min: 1, max: 1024 })), permissions: arr(permission) });

function requireRole(context: Context, id: string): Doc {
  const doc = context.store.get('roles', id);
  if (!doc) throw notFound('Role not found');
  return doc;
}

function checkUniqueName(context: Context, name: string, exceptId?: string): void {
  if (context.store.list('roles').some((role) => role.id !== exceptId && role.name === name)) throw badRequest('A role with this name already exists');
}

export const listRoles: Handler = (context) => ({ payload: context.store.list('roles') });
export const getRole: Handler = (context, input) => ({ payload: requireRole(context, idParam(input)) });

export const createRole: Handler = (context, input) => {
  const body = parseBody(createSchema, input);
  checkUniqueName(context, body.name);
  const now = nowIso();
  return { payload: context.store.put('roles', { id: context.store.mintId(), ...body, isPredefined: false, createdAt: now, updatedAt: now }) };
};

export const updateRole: Handler = (context, input) => {
  const id = idParam(input);
  const previous = requireRole(context, id);
  if (previous.isPredefined) throw badRequest('Predefined roles cannot be modified');
  const body = parseBody(updateSchema, input);
  if (body.name !== undefined) checkUniqueName(context, body.name, id);
  return { payload: context.store.put('roles', { ...previous, ...body, updatedAt: nowIso() }) };
};

export const deleteRole: Handler = (context, input) => {
  const id = idParam(input);
  if (requireRole(context, id).isPredefined) throw badRequest('Predefined roles cannot be deleted');
  context.store.remove('roles', id);
  return {};
};
