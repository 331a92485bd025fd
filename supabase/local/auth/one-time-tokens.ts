import type { AuthConfig } from "./env.ts";
import { generateOtp, otpTokenHash, storedToken } from "./tokens.ts";
import type { Db } from "./user-store.ts";
import type { UserRow } from "./users.ts";

/** Email links whose token lives in the confirmation or the recovery column of auth.users. */
export type LinkKind = "signup" | "invite" | "magiclink" | "recovery";

/** The authentication method GoTrue records on the PKCE flow of each link kind. */
export const LINK_AUTH_METHOD: Record<LinkKind, string> = {
  signup: "email/signup",
  invite: "invite",
  magiclink: "magiclink",
  recovery: "recovery",
};

const usesConfirmationColumn = (kind: LinkKind) => kind === "signup" || kind === "invite";

/** When the last token of this kind was sent, for the per-user resend window. */
export function lastSentAt(user: UserRow, kind: LinkKind): Date | null {
  return usesConfirmationColumn(kind) ? user.confirmation_sent_at : user.recovery_sent_at;
}

export interface OneTimeToken {
  otp: string;
  /** sha224(email + otp), what links and `verifyOtp({token_hash})` carry. */
  hashedToken: string;
  /** The column value: the hash, `pkce_`-prefixed in PKCE flows. */
  stored: string;
}

/** A fresh code for `address`; the hash uses the lower-cased address, as verifyOtp's input is normalised. */
export function newOneTimeToken(config: AuthConfig, address: string, pkce: boolean): OneTimeToken {
  const otp = generateOtp(config.email.otp_length);
  const hashedToken = otpTokenHash(address.toLowerCase(), otp);
  return { otp, hashedToken, stored: storedToken(hashedToken, pkce) };
}

/** Issues a single-use token of `kind` for the user's email, replacing any earlier one. */
export async function storeLinkToken(
  db: Db,
  config: AuthConfig,
  user: UserRow,
  kind: LinkKind,
  pkce: boolean,
): Promise<OneTimeToken> {
  const token = newOneTimeToken(config, user.email ?? "", pkce);
  if (usesConfirmationColumn(kind)) {
    await db`
      update auth.users
      set confirmation_token = ${token.stored}, confirmation_sent_at = now(),
          invited_at = case when ${kind === "invite"}::boolean then now() else invited_at end, updated_at = now()
      where id = ${user.id}`;
  } else {
    await db`
      update auth.users set recovery_token = ${token.stored}, recovery_sent_at = now(), updated_at = now()
      where id = ${user.id}`;
  }
  return token;
}
