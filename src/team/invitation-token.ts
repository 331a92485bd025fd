import "server-only";
import { createHash, createHmac } from "node:crypto";
import { z } from "zod";
import { appUrl } from "@/src/email/app-url";
import { env } from "@/src/env";

/** base64url of a 32-byte HMAC: 43 characters, inside the 16–256 the database's lookups accept. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/**
 * The emailed token of an invitation: an HMAC of its id, so the email sender can rebuild the link at send
 * time while the database keeps only `hashInvitationToken(token)`. The key is derived from the service role
 * key (a server secret that no client holds); rotating that key invalidates the links of open invitations,
 * which "Resend" replaces.
 */
export function invitationTokenFor(invitationId: string): string {
  const key = createHmac("sha256", env().SUPABASE_SERVICE_ROLE_KEY).update("arco:invitation-token:v1").digest();
  return createHmac("sha256", key).update(invitationId).digest("base64url");
}

/** The form stored in `invitations.token_hash`, as `accept_invitation` and the `team` lookups compute it. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The page the email links to; anyone holding it can see the invitation, only the invitee can accept it. */
export function invitationPath(token: string): string {
  return `/invitations/${token}`;
}

export function invitationUrl(token: string): string {
  return appUrl(invitationPath(token));
}
