// The team of an OSS deployment: its members, and the invitations that make new ones (no roles on OSS).
import { boolean, id, object, optional, text } from '../response-shape';
import type { ObjectId, OpenObject } from './common';

export interface TeamMember extends OpenObject {
  id: ObjectId;
  email: string;
  name?: string;
  /** The user of the API key. */
  isCurrentUser?: boolean;
}

export interface TeamInvitation extends OpenObject {
  id: ObjectId;
  email: string;
  name?: string;
  /** The link that joins the team; it carries the invitation's token. */
  url?: string;
  createdAt?: string;
}

export interface InvitationInput extends OpenObject {
  email: string;
  name?: string;
}

/** The answer to an invitation: the invitation's id under `invitationId`. */
export interface InvitationCreated extends OpenObject {
  email: string;
  invitationId: ObjectId;
  status: string;
  url?: string;
}

export const teamMemberShape = object({ id, email: text, name: optional(text), isCurrentUser: optional(boolean) });
export const teamInvitationShape = object({ id, email: text, name: optional(text), url: optional(text) });
export const invitationCreatedShape = object({ email: text, invitationId: id, status: text, url: optional(text) });
