import { randomUUID } from "node:crypto";
import { z } from "zod";
import { createEmailUser } from "../create-email-user.ts";
import { normalizeEmail } from "../email-address.ts";
import { clientInfo, type AuthEnv, type AuthRequest, type RouteHandler } from "../env.ts";
import { badRequest, unprocessable } from "../errors.ts";
import { json, readJson } from "../http.ts";
import { assertStrongPassword, hashPassword } from "../passwords.ts";
import { assertSmsChannel, createPhoneUser, findUserByPhone, normalizePhone, sendPhoneOtp } from "../phone.ts";
import { parsePkceParams } from "../pkce.ts";
import { requestRedirect } from "../redirects.ts";
import { metadataField, pkceFields } from "../schemas.ts";
import { sendLinkEmail } from "../send-link-email.ts";
import { startSession } from "../sessions.ts";
import { findUserByEmail, findUserById, insertUser, userJson } from "../user-store.ts";
import type { Json } from "../users.ts";

const signupBody = z.object({
  email: z.string().nullish(),
  phone: z.string().nullish(),
  channel: z.string().nullish(),
  password: z.string().nullish(),
  data: metadataField,
  ...pkceFields,
});

/** What GoTrue answers for an already confirmed address, so sign-up cannot be used to probe for accounts. */
function obfuscatedUser(email: string, data: Json): Json {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    aud: "authenticated",
    role: "",
    email,
    phone: "",
    confirmation_sent_at: now,
    app_metadata: { provider: "email", providers: ["email"] },
    user_metadata: data,
    identities: [],
    created_at: now,
    updated_at: now,
    is_anonymous: false,
  };
}

/**
 * Phone sign-up (`[auth.sms] enable_signup`): a password user of the `phone` provider. With confirmations on,
 * the number gets a code (POST /verify type `sms` confirms it); otherwise the answer is a session.
 */
async function signUpWithPhone(env: AuthEnv, request: AuthRequest, body: z.output<typeof signupBody>) {
  if (!env.config.sms.enable_signup) throw badRequest("phone_provider_disabled", "Phone signups are disabled");
  if (body.code_challenge) throw badRequest("validation_failed", "PKCE not supported for phone signups");
  const phone = normalizePhone(body.phone);
  assertSmsChannel(body.channel);
  const password = body.password ?? "";
  if (!password) throw badRequest("validation_failed", "Signup requires a valid password");
  assertStrongPassword(env.config, password);
  const autoconfirm = !env.config.sms.enable_confirmations;
  const existing = await findUserByPhone(env.sql, phone);
  if (existing?.phone_confirmed_at) throw unprocessable("user_already_exists", "User already registered");
  const user =
    existing ??
    (await env.sql.begin(async (tx) =>
      createPhoneUser(tx, {
        phone,
        encryptedPassword: await hashPassword(tx, password),
        data: body.data ?? {},
        confirmed: autoconfirm,
      }),
    ));
  if (autoconfirm) return json(await startSession(env, user.id, "password", clientInfo(request)));
  await sendPhoneOtp(env, user, phone, "sms");
  const sent = await findUserById(env.sql, user.id);
  return json(await userJson(env.sql, sent ?? user));
}

export const signup: RouteHandler = async (env, request) => {
  const body = await readJson(request.req, signupBody);
  if (!env.config.enable_signup) throw unprocessable("signup_disabled", "Signups not allowed for this instance");
  if (body.email && body.phone) {
    throw badRequest("validation_failed", "Only an email address or phone number should be provided on signup.");
  }
  if (!body.email && !body.phone) {
    if (!env.config.enable_anonymous_sign_ins) {
      throw unprocessable("anonymous_provider_disabled", "Anonymous sign-ins are disabled");
    }
    // An anonymous user: no address, no identity, a session like any other (amr "anonymous").
    const user = await insertUser(env.sql, {
      email: null,
      encryptedPassword: "",
      appMetadata: {},
      userMetadata: body.data ?? {},
      isAnonymous: true,
    });
    return json(await startSession(env, user.id, "anonymous", clientInfo(request)));
  }
  if (body.phone) return signUpWithPhone(env, request, body);
  if (!env.config.email.enable_signup) throw badRequest("email_provider_disabled", "Email signups are disabled");
  const password = body.password ?? "";
  if (!password) throw badRequest("validation_failed", "Signup requires a valid password");
  assertStrongPassword(env.config, password);
  const pkce = parsePkceParams(body.code_challenge, body.code_challenge_method);
  const email = normalizeEmail(body.email);
  const data = body.data ?? {};
  const autoconfirm = !env.config.email.enable_confirmations;

  const existing = await findUserByEmail(env.sql, email);
  if (existing?.email_confirmed_at) {
    if (autoconfirm) throw unprocessable("user_already_exists", "User already registered");
    return json(obfuscatedUser(email, data));
  }
  // An unconfirmed account is not updated (its owner is unproven); it only gets a new confirmation email.
  const user =
    existing ??
    (await createEmailUser(env.sql, {
      email,
      encryptedPassword: await hashPassword(env.sql, password),
      data,
      confirmed: autoconfirm,
    }));
  if (autoconfirm) return json(await startSession(env, user.id, "password", clientInfo(request)));

  await sendLinkEmail(env, user, "signup", requestRedirect(env.config, request), pkce);
  const sent = await findUserById(env.sql, user.id);
  return json(await userJson(env.sql, sent ?? user));
};
