// OSS team routes (notes §7) and the whoami GET /api/v2 (notes §1).
import type { Handler } from '../context';
import { nowIso } from '../context';
import { ApiError, badRequest, notFound } from '../errors';
import { IDENTITY } from '../seed';
import { formatIssues, obj, optional, parse, str } from '../validation/schema';

/** Answered without the `data` envelope (OSS notes §1). */
export const whoami: Handler = () => ({
  raw: { version: 'v2', user: { _id: IDENTITY.userId, email: IDENTITY.userEmail, name: IDENTITY.userName, team: IDENTITY.teamId, accessKey: IDENTITY.apiKey } },
});

export const getTeam: Handler = () => ({ payload: { id: IDENTITY.teamId, name: IDENTITY.teamName } });

export const listMembers: Handler = (context) => ({
  payload: context.store.list('members').map((member) => ({ ...member, isCurrentUser: member.id === IDENTITY.userId })),
});

const invitationSchema = obj<{ email: string; name?: string }>({ email: str({ regex: [/^[^@\s]+@[^@\s]+$/, 'Invalid email'] }), name: optional(str()) });

/** Idempotent per email; inviting an existing member is a 400. */
export const createInvitation: Handler = (context, input) => {
  const parsed = parse(invitationSchema, input.body);
  if (!parsed.ok) {
    // /team uses zod-express-middleware, whose 400 is an array of {type, errors: ZodError} (OSS notes §1).
    const zodError = { issues: parsed.issues.map(({ path, message }) => ({ path, message })), name: 'ZodError' };
    throw new ApiError(400, `Body validation failed: ${formatIssues(parsed.issues)}`, undefined, 'message', [{ type: 'Body', errors: zodError }]);
  }
  const body = parsed.value;
  if (context.store.list('members').some((member) => member.email === body.email)) throw badRequest('User already exists. Please contact your team admin.');
  const existing = context.store.list('invitations').find((invitation) => invitation.email === body.email);
  const invitation = existing ?? context.store.put('invitations', { id: context.store.mintId(), email: body.email, name: body.name, createdAt: nowIso() });
  return { payload: { email: invitation.email, invitationId: invitation.id, status: 'pending', url: `http://localhost:8080/join-team?token=${invitation.id}` } };
};

export const listInvitations: Handler = (context) => ({ payload: context.store.list('invitations') });

export const deleteInvitation: Handler = (context, input) => {
  if (!context.store.remove('invitations', input.params.id)) throw notFound('Invitation not found', true);
  return { payload: { success: true } };
};

export const deleteMember: Handler = (context, input) => {
  if (input.params.id === IDENTITY.userId) throw badRequest('Cannot delete yourself');
  if (!context.store.remove('members', input.params.id)) throw notFound('Member not found', true);
  return { payload: { success: true } };
};
