import { z } from "zod";
import { normalizeEmail } from "../email-address.ts";
import { replaceEmail, requestEmailChange } from "../email-change.ts";
import type { RouteHandler } from "../env.ts";
import { badRequest, unprocessable } from "../errors.ts";
import { json, readJson } from "../http.ts";
import { assertStrongPassword, hashPassword, passwordMatches } from "../passwords.ts";
import { parsePkceParams } from "../pkce.ts";
import { requestRedirect } from "../redirects.ts";
import { requireUser } from "../require-user.ts";
import { metadataField, pkceFields } from "../schemas.ts";
import { findUserByEmail, findUserById, jsonb, userJson } from "../user-store.ts";
import { mergeMetadata } from "../users.ts";

export const getUser: RouteHandler = async (env, request) => {
  const { user } = await requireUser(env, request);
  return json(await userJson(env.sql, user));
};

const updateBody = z.object({
  email: z.string().nullish(),
  phone: z.string().nullish(),
  password: z.string().nullish(),
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
  if (body.phone) throw badRequest("validation_failed", "Phone changes are not supported by the local stack");
  const pkce = parsePkceParams(body.code_challenge, body.code_challenge_method);

  const password = body.password ?? null;
  if (password !== null) {
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
      await tx`update auth.users set encrypted_password = ${hash}, updated_at = now() where id = ${user.id}`;
      await tx`delete from auth.sessions where user_id = ${user.id} and id is distinct from ${sessionId}`;
    }
    if (newEmail && !env.config.email.enable_confirmations) await replaceEmail(tx, user.id, newEmail);
  });
  if (newEmail && env.config.email.enable_confirmations) {
    await requestEmailChange(env, user, newEmail, requestRedirect(env.config, request), pkce);
  }
  const updated = await findUserById(env.sql, user.id);
  return json(await userJson(env.sql, updated ?? user));
};
