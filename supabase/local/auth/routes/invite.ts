import { z } from "zod";
import { createEmailUser } from "../create-email-user.ts";
import { normalizeEmail } from "../email-address.ts";
import type { RouteHandler } from "../env.ts";
import { unprocessable } from "../errors.ts";
import { json, readJson } from "../http.ts";
import { requestRedirect } from "../redirects.ts";
import { requireAdmin } from "../require-admin.ts";
import { metadataField } from "../schemas.ts";
import { sendLinkEmail } from "../send-link-email.ts";
import { findUserByEmail, findUserById, userJson } from "../user-store.ts";

const inviteBody = z.object({ email: z.string().nullish(), data: metadataField });

/** POST /invite — `auth.admin.inviteUserByEmail`: creates the user (no password) and mails the invite. */
export const invite: RouteHandler = async (env, request) => {
  await requireAdmin(env, request);
  const body = await readJson(request.req, inviteBody);
  const email = normalizeEmail(body.email);
  const existing = await findUserByEmail(env.sql, email);
  if (existing?.email_confirmed_at) {
    throw unprocessable("email_exists", "A user with this email address has already been registered");
  }
  const user =
    existing ??
    (await createEmailUser(env.sql, { email, encryptedPassword: "", data: body.data ?? {}, confirmed: false }));
  await sendLinkEmail(env, user, "invite", requestRedirect(env.config, request), null);
  return json(await userJson(env.sql, (await findUserById(env.sql, user.id)) ?? user));
};
