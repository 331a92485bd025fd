import { confirmEmailChange } from "./email-change.ts";
import type { AuthConfig } from "./env.ts";
import { forbidden } from "./errors.ts";
import { otpTokenHash, PKCE_PREFIX, stripPkcePrefix } from "./tokens.ts";
import { confirmEmail, type Db } from "./user-store.ts";
import { isBanned, type UserRow } from "./users.ts";

/** Verification types of POST /verify; email links use all but `email`. */
export const VERIFY_TYPES = ["signup", "invite", "magiclink", "recovery", "email_change", "email"] as const;
export type VerifyType = (typeof VERIFY_TYPES)[number];
export const LINK_TYPES = ["signup", "invite", "magiclink", "recovery", "email_change"] as const;

/** Where a one-time token of each kind lives on auth.users. */
type Slot = "confirmation" | "recovery" | "email_change_current" | "email_change_new";

const SLOT_COLUMNS: Record<Slot, { token: keyof UserRow & string; sentAt: keyof UserRow & string }> = {
  confirmation: { token: "confirmation_token", sentAt: "confirmation_sent_at" },
  recovery: { token: "recovery_token", sentAt: "recovery_sent_at" },
  email_change_current: { token: "email_change_token_current", sentAt: "email_change_sent_at" },
  email_change_new: { token: "email_change_token_new", sentAt: "email_change_sent_at" },
};

// `email` (the 6-digit code of signInWithOtp) matches a confirmation or a magic-link token, like GoTrue.
const SLOTS: Record<VerifyType, Slot[]> = {
  signup: ["confirmation"],
  invite: ["confirmation"],
  magiclink: ["recovery"],
  recovery: ["recovery"],
  email_change: ["email_change_current", "email_change_new"],
  email: ["confirmation", "recovery"],
};

export interface TokenMatch {
  user: UserRow;
  slot: Slot;
}

const matches = (stored: unknown, hash: string) =>
  typeof stored === "string" && stored !== "" && (stored === hash || stored === PKCE_PREFIX + hash);

/** The user holding this token hash (as carried by email links and `verifyOtp({token_hash})`). */
export async function findByTokenHash(db: Db, type: VerifyType, tokenHash: string): Promise<TokenMatch | null> {
  const hash = stripPkcePrefix(tokenHash);
  for (const slot of SLOTS[type]) {
    const column = SLOT_COLUMNS[slot].token;
    const [user] = await db<UserRow[]>`
      select * from auth.users where ${db(column)} in (${hash}, ${PKCE_PREFIX + hash}) limit 1`;
    if (user) return { user, slot };
  }
  return null;
}

/** The user whose pending token of `type` was sent to `email` with this code. */
export async function findByEmailOtp(db: Db, type: VerifyType, email: string, otp: string): Promise<TokenMatch | null> {
  const hash = otpTokenHash(email, otp);
  if (type === "email_change") {
    const [user] = await db<UserRow[]>`
      select * from auth.users
      where (lower(email) = ${email} and email_change_token_current in (${hash}, ${PKCE_PREFIX + hash}))
         or (lower(email_change) = ${email} and email_change_token_new in (${hash}, ${PKCE_PREFIX + hash}))
      limit 1`;
    if (!user) return null;
    return { user, slot: matches(user.email_change_token_new, hash) ? "email_change_new" : "email_change_current" };
  }
  const [user] = await db<UserRow[]>`
    select * from auth.users where lower(email) = ${email} and is_sso_user = false limit 1`;
  if (!user) return null;
  const slot = SLOTS[type].find((candidate) => matches(user[SLOT_COLUMNS[candidate].token], hash));
  return slot ? { user, slot } : null;
}

/** Rejects expired tokens and banned users (403, as GoTrue's /verify does). */
export function assertUsable(config: AuthConfig, match: TokenMatch, expiredMessage: string): void {
  const sentAt = match.user[SLOT_COLUMNS[match.slot].sentAt];
  const expired = !(sentAt instanceof Date) || Date.now() > sentAt.getTime() + config.email.otp_expiry * 1000;
  if (expired) throw forbidden("otp_expired", expiredMessage);
  if (isBanned(match.user)) throw forbidden("user_banned", "User is banned");
}

/**
 * Consumes the token and applies its effect: confirmation, sign-in link (which also confirms), or one side
 * of an email change. "partial" means an email change still awaits its other confirmation.
 */
export async function applyVerification(db: Db, match: TokenMatch): Promise<"partial" | "complete"> {
  switch (match.slot) {
    case "confirmation":
      await confirmEmail(db, match.user.id);
      return "complete";
    case "recovery":
      await db`update auth.users set recovery_token = '', updated_at = now() where id = ${match.user.id}`;
      if (!match.user.email_confirmed_at) await confirmEmail(db, match.user.id);
      return "complete";
    case "email_change_current":
      return confirmEmailChange(db, match.user, "current");
    case "email_change_new":
      return confirmEmailChange(db, match.user, "new");
  }
}
