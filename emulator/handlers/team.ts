// OSS team routes (RULES §11) and the whoami GET /api/v2 (RULES §1.5).
import * as crypto from 'node:crypto';
import type { Handler, HandlerInput } from '../context';
import { nowIso } from '../context';
import { ApiError, notFound } from '../errors';
import { IDENTITY } from '../seed';
import { formatIssues, obj, objectId, parse, str, type Schema } from '../validation/schema';

/** The user document as the user model serializes it, outside the `data` envelope. */
export const whoami: Handler = () => ({
  raw: {
    version: 'v2',
    user: {
      _id: IDENTITY.userId, name: IDENTITY.userName, email: IDENTITY.userEmail, team: IDENTITY.teamId, accessKey: IDENTITY.apiKey,
      createdAt: IDENTITY.userCreatedAt, updatedAt: IDENTITY.userCreatedAt, __v: 0,
    },
  },
});

export const getTeam: Handler = () => ({ payload: { id: IDENTITY.teamId, name: IDENTITY.teamName } });

export const listMembers: Handler = (context) => ({
  payload: context.store.list('members').map((member) => ({ id: member.id, email: member.email, name: member.name, isCurrentUser: member.id === IDENTITY.userId })),
});

/**
 * The /team routes validate with another middleware (zod-express-middleware), whose 400 body is a list of
 * `{type, errors: ZodError}` rather than the `{message}` of the other routers: a serialized ZodError is its issues,
 * each whole (`code` and its fields, `path`, `message`), and its name.
 */
function validated<T>(part: 'Body' | 'Params', schema: Schema<T>, value: unknown): T {
  const parsed = parse(schema, value);
  if (parsed.ok) return parsed.value;
  const errors = { issues: parsed.issues.map(({ path, message, detail }) => ({ ...(detail ?? { code: 'custom' }), path, message })), name: 'ZodError' };
  throw new ApiError(400, `${part} validation failed: ${formatIssues(parsed.issues)}`, undefined, 'message', [{ type: part, errors }]);
}

const invitationSchema = obj<{ email: string; name?: string }>({ email: str().email(), name: str().optional() });
const idOf = (input: HandlerInput) => validated('Params', obj<{ id: string }>({ id: objectId() }), input.params).id;
/** The app's join page with the invitation's secret token (FRONTEND_URL of a default local install). */
const inviteUrl = (token: string) => `http://localhost:8080/join-team?token=${token}`;

/** Idempotent per (lower-cased) email: the first invitation (its name, token and id) stays; inviting a member is a 400. */
export const createInvitation: Handler = (context, input) => {
  const body = validated('Body', invitationSchema, input.body);
  const email = body.email.toLowerCase();
  if (context.store.list('members').some((member) => member.email === email)) throw new ApiError(400, 'User already exists. Please contact HyperDX team for support');
  const existing = context.store.list('invitations').find((invitation) => invitation.email === email);
  const now = nowIso();
  const token = crypto.randomBytes(32).toString('hex');
  const invitation = existing ?? context.store.put('invitations', { id: context.store.mintId(), email, name: body.name, token, createdAt: now, updatedAt: now });
  return { payload: { email, invitationId: invitation.id, status: 'pending', url: inviteUrl(invitation.token) } };
};

export const listInvitations: Handler = (context) => ({
  payload: context.store.list('invitations').map((invitation) => ({ id: invitation.id, createdAt: invitation.createdAt, email: invitation.email, name: invitation.name, url: inviteUrl(invitation.token) })),
});

export const deleteInvitation: Handler = (context, input) => {
  if (!context.store.remove('invitations', idOf(input))) throw notFound('Invitation not found', true);
  return { payload: { success: true } };
};

export const deleteMember: Handler = (context, input) => {
  const id = idOf(input);
  if (id === IDENTITY.userId) throw new ApiError(400, 'You cannot remove yourself from the team');
  if (!context.store.remove('members', id)) throw notFound('Member not found', true);
  return { payload: { success: true } };
};
