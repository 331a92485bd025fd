import { z } from "zod";
import { normalizeEmail } from "../email-address.ts";
import { replaceEmail, requestEmailChange } from "../email-change.ts";
import type { AuthEnv, RouteHandler } from "../env.ts";
import { badRequest, unprocessable } from "../errors.ts";
import { json, readJson } from "../http.ts";
import { assertStrongPassword, hashPassword, passwordMatches } from "../passwords.ts";
import { findUserByPhone, normalizePhone, sendPhoneOtp } from "../phone.ts";
import { parsePkceParams } from "../pkce.ts";
import { requestRedirect } from "../redirects.ts";
import { requireUser } from "../require-user.ts";
import { metadataField, pkceFields } from "../schemas.ts";
import { findUserByEmail, findUserById, jsonb, userJson } from "../user-store.ts";
import { otpTokenHash } from "../tokens.ts";
import { mergeMetadata, type UserRow } from "../users.ts";

/** How long after signing in a session may change the password without a nonce (GoTrue's 24 hours). */
const RECENT_SIGN_IN_MS = 24 * 60 * 60 * 1000;

/**
 * `auth.email.secure_password_change`: a session older than a day (or none) must present the code that
 * /reauthenticate mailed, within the OTP lifetime.
 */
async function assertReauthenticated(env: AuthEnv, user: UserRow, sessionId: string | null, nonce: string) {
  if (!env.config.email.secure_password_change) return;
  const [session] = sessionId
    ? await env.sql<{ created_at: Date | null }[]>`select created_at from auth.sessions where id = ${sessionId}`
    : [];
  const signedInAt = session?.created_at?.getTime() ?? 0;
  if (Date.now() - signedInAt <= RECENT_SIGN_IN_MS) return;
  if (!nonce) throw badRequest("reauthentication_needed", "Password update requires reauthentication");
  const sentAt = user.reauthentication_sent_at?.getTime() ?? 0;
  const valid =
    !!user.reauthentication_token &&
    !!user.email &&
    user.reauthentication_token === otpTokenHash(user.email.toLowerCase(), nonce.trim()) &&
    Date.now() - sentAt <= env.config.email.otp_expiry * 1000;
  if (!valid) throw unprocessable("reauthentication_not_valid", "Nonce has expired or is invalid");
}

/** A phone change to a free, valid number (null when it is already the user's); SMS must be on. */
async function phoneChangeOf(env: AuthEnv, user: UserRow, input: string): Promise<string | null> {
  if (!env.config.sms.enable_signup) throw badRequest("phone_provider_disabled", "Unsupported phone provider");
  const phone = normalizePhone(input);
  if (phone === user.phone) return null;
  const owner = await findUserByPhone(env.sql, phone);
  if (owner && owner.id !== user.id) {
    throw unprocessable("phone_exists", "A user with this phone number has already been registered");
  }
  return phone;
}

export const getUser: RouteHandler = async (env, request) => {
  const { user } = await requireUser(env, request);
  return json(await userJson(env.sql, user));
};

const updateBody = z.object({
  email: z.string().nullish(),
  phone: z.string().nullish(),
  password: z.string().nullish(),
  nonce: z.string().nullish(),
  data: metadataField,
  ...pkceFields,
});

/**
 * PUT /user: metadata, password (other sessions are signed out) and email (a confirmation is mailed unless
 * confirmations are off). Everything is validated before anything is written.
 */
export const updateUser: RouteHandler = async (env, request) => {
  const { user, sessionId } = await requireUser(env, request);
  const body = await readJson(request.req, updateBody);
  const newPhone = body.phone ? await phoneChangeOf(env, user, body.phone) : null;
  const pkce = parsePkceParams(body.code_challenge, body.code_challenge_method);

  const password = body.password ?? null;
  if (password !== null) {
    await assertReauthenticated(env, user, sessionId, body.nonce ?? "");
    assertStrongPassword(env.config, password);
    if (await passwordMatches(env.sql, password, user.encrypted_password)) {
      throw unprocessable("same_password", "New password should be different from the old password.");
    }
  }
  const email = body.email ? normalizeEmail(body.email) : null;
  const newEmail = email !== null && email !== user.email?.toLowerCase() ? email : null;
  if (newEmail) {
    const owner = await findUserByEmail(env.sql, newEmail);
    if (owner && owner.id !== user.id) {
      throw unprocessable("email_exists", "A user with this email address has already been registered");
    }
  }

  await env.sql.begin(async (tx) => {
    if (body.data) {
      const metadata = mergeMetadata(user.raw_user_meta_data, body.data);
      await tx`update auth.users set raw_user_meta_data = ${jsonb(tx, metadata)}, updated_at = now()
               where id = ${user.id}`;
    }
    if (password !== null) {
      const hash = await hashPassword(tx, password);
      await tx`update auth.users set encrypted_password = ${hash}, reauthentication_token = '', updated_at = now()
               where id = ${user.id}`;
      await tx`delete from auth.sessions where user_id = ${user.id} and id is distinct from ${sessionId}`;
    }
    if (newEmail && !env.config.email.enable_confirmations) await replaceEmail(tx, user.id, newEmail);
    if (newPhone && !env.config.sms.enable_confirmations) {
      await tx`update auth.users set phone = ${newPhone}, phone_confirmed_at = now(), updated_at = now()
               where id = ${user.id}`;
    }
  });
  if (newPhone && env.config.sms.enable_confirmations) await sendPhoneOtp(env, user, newPhone, "phone_change");
  if (newEmail && env.config.email.enable_confirmations) {
    await requestEmailChange(env, user, newEmail, requestRedirect(env.config, request), pkce);
  }
  const updated = await findUserById(env.sql, user.id);
  return json(await userJson(env.sql, updated ?? user));
};
