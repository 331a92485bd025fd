import { z } from "zod";
import { createEmailUser } from "../create-email-user.ts";
import { normalizeEmail } from "../email-address.ts";
import type { AuthEnv, RouteHandler } from "../env.ts";
import { badRequest, unprocessable } from "../errors.ts";
import { json, readJson } from "../http.ts";
import { assertSmsChannel, createPhoneUser, findUserByPhone, normalizePhone, sendPhoneOtp } from "../phone.ts";
import { parsePkceParams } from "../pkce.ts";
import { requestRedirect } from "../redirects.ts";
import { metadataField, pkceFields } from "../schemas.ts";
import { sendLinkEmail } from "../send-link-email.ts";
import { findUserByEmail } from "../user-store.ts";

const otpBody = z.object({
  email: z.string().nullish(),
  phone: z.string().nullish(),
  channel: z.string().nullish(),
  data: metadataField,
  create_user: z.boolean().nullish(),
  ...pkceFields,
});

/** A sign-in code by SMS (the local mailbox stands in); unknown numbers are signed up unless told not to. */
async function otpBySms(env: AuthEnv, body: z.output<typeof otpBody>): Promise<Response> {
  if (!env.config.sms.enable_signup) throw badRequest("phone_provider_disabled", "Unsupported phone provider");
  const phone = normalizePhone(body.phone);
  assertSmsChannel(body.channel);
  let user = await findUserByPhone(env.sql, phone);
  if (!user) {
    if (body.create_user === false) throw unprocessable("otp_disabled", "Signups not allowed for otp");
    if (!env.config.enable_signup) throw unprocessable("signup_disabled", "Signups not allowed for this instance");
    user = await createPhoneUser(env.sql, { phone, encryptedPassword: "", data: body.data ?? {}, confirmed: false });
  }
  const messageId = await sendPhoneOtp(env, user, phone, "sms");
  return json(messageId ? { message_id: messageId } : {});
}

/**
 * Magic link + code by email. Unknown addresses are signed up (unless `create_user: false`) and, like
 * unconfirmed ones, get a confirmation email; confirmed users get a magic link. Both carry a 6-digit code.
 */
export const otp: RouteHandler = async (env, request) => {
  const body = await readJson(request.req, otpBody);
  if (body.email && body.phone) {
    throw badRequest("validation_failed", "Only an email address or phone number should be provided");
  }
  if (body.phone) return otpBySms(env, body);
  if (!env.config.email.enable_signup) throw unprocessable("email_provider_disabled", "Email logins are disabled");
  const pkce = parsePkceParams(body.code_challenge, body.code_challenge_method);
  const email = normalizeEmail(body.email);

  let user = await findUserByEmail(env.sql, email);
  if (!user) {
    if (body.create_user === false) throw unprocessable("otp_disabled", "Signups not allowed for otp");
    if (!env.config.enable_signup) throw unprocessable("signup_disabled", "Signups not allowed for this instance");
    user = await createEmailUser(env.sql, {
      email,
      encryptedPassword: "",
      data: body.data ?? {},
      confirmed: !env.config.email.enable_confirmations,
    });
  }
  const kind = user.email_confirmed_at ? "magiclink" : "signup";
  await sendLinkEmail(env, user, kind, requestRedirect(env.config, request), pkce);
  return json({});
};
