import { deliverAuthEmail, verifyLink } from "./emails.ts";
import type { AuthEnv } from "./env.ts";
import { createFlowState } from "./flow-state.ts";
import { newOneTimeToken, type OneTimeToken } from "./one-time-tokens.ts";
import type { PkceChallenge } from "./pkce.ts";
import { enforceEmailQuota, enforceResendWindow } from "./rate-limit.ts";
import type { Db } from "./user-store.ts";
import type { UserRow } from "./users.ts";

/**
 * Starts an email change: a token for the new address and, with double confirmation
 * (`auth.email.double_confirm_changes`), one for the current address too. Each gets its own email.
 */
export async function requestEmailChange(
  env: AuthEnv,
  user: UserRow,
  newEmail: string,
  redirectTo: string,
  pkce: PkceChallenge | null,
): Promise<void> {
  enforceResendWindow(user.email_change_sent_at, env.config.email.max_frequency);
  const toNew = newOneTimeToken(env.config, newEmail, pkce !== null);
  const currentEmail = env.config.email.double_confirm_changes ? user.email : null;
  const toCurrent = currentEmail ? newOneTimeToken(env.config, currentEmail, pkce !== null) : null;
  enforceEmailQuota(env.limits);
  if (toCurrent) enforceEmailQuota(env.limits);

  await env.sql.begin(async (tx) => {
    await storeEmailChange(tx, user.id, newEmail, toNew, toCurrent);
    if (pkce) {
      await createFlowState(tx, {
        userId: user.id,
        pkce,
        providerType: "email",
        authenticationMethod: "email_change",
        referrer: redirectTo,
      });
    }
  });
  deliverAuthEmail(env, {
    kind: "email_change",
    to: newEmail,
    link: verifyLink(env, toNew.stored, "email_change", redirectTo),
    otp: toNew.otp,
    newEmail,
  });
  if (currentEmail && toCurrent) {
    deliverAuthEmail(env, {
      kind: "email_change",
      to: currentEmail,
      link: verifyLink(env, toCurrent.stored, "email_change", redirectTo),
      otp: toCurrent.otp,
      newEmail,
    });
  }
}

/** Records a pending change to `newEmail` with the token(s) that confirm it. */
export async function storeEmailChange(
  db: Db,
  userId: string,
  newEmail: string,
  toNew: OneTimeToken,
  toCurrent: OneTimeToken | null,
): Promise<void> {
  await db`
    update auth.users
    set email_change = ${newEmail}, email_change_token_new = ${toNew.stored},
        email_change_token_current = ${toCurrent?.stored ?? ""}, email_change_confirm_status = 0,
        email_change_sent_at = now(), updated_at = now()
    where id = ${userId}`;
}

export type EmailChangeSide = "current" | "new";

/**
 * Consumes one side's token. While the other side's token is still pending the change is only
 * half-confirmed ("partial"); otherwise the new address replaces the old one everywhere.
 */
export async function confirmEmailChange(
  db: Db,
  user: UserRow,
  side: EmailChangeSide,
): Promise<"partial" | "complete"> {
  const otherPending = side === "new" ? user.email_change_token_current : user.email_change_token_new;
  if (otherPending) {
    if (side === "new") {
      await db`update auth.users set email_change_token_new = '', email_change_confirm_status = 1, updated_at = now()
               where id = ${user.id}`;
    } else {
      await db`update auth.users set email_change_token_current = '', email_change_confirm_status = 1, updated_at = now()
               where id = ${user.id}`;
    }
    return "partial";
  }
  await replaceEmail(db, user.id, user.email_change ?? "");
  await db`update auth.users set email_confirmed_at = coalesce(email_confirmed_at, now()) where id = ${user.id}`;
  return "complete";
}

/** Makes `newEmail` the user's address: on the user, its metadata and its email identity; clears any pending change. */
export async function replaceEmail(db: Db, userId: string, newEmail: string): Promise<void> {
  await db`
    update auth.users
    set email = ${newEmail}, email_change = '', email_change_token_new = '', email_change_token_current = '',
        email_change_confirm_status = 0,
        raw_user_meta_data = case when raw_user_meta_data ? 'email'
          then jsonb_set(raw_user_meta_data, '{email}', to_jsonb(${newEmail}::text)) else raw_user_meta_data end,
        updated_at = now()
    where id = ${userId}`;
  await db`
    update auth.identities
    set identity_data = jsonb_set(identity_data, '{email}', to_jsonb(${newEmail}::text)), updated_at = now()
    where user_id = ${userId} and provider = 'email'`;
}
