import { z } from "zod";
import { normalizeEmail } from "../email-address.ts";
import { requestEmailChange } from "../email-change.ts";
import type { AuthEnv, AuthRequest, RouteHandler } from "../env.ts";
import { badRequest } from "../errors.ts";
import { json, readJson } from "../http.ts";
import { findUserByPhone, normalizePhone, sendPhoneOtp } from "../phone.ts";
import { requestRedirect } from "../redirects.ts";
import { sendLinkEmail } from "../send-link-email.ts";
import { findUserByEmail } from "../user-store.ts";

const resendBody = z.object({
  type: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
});

const TYPES = ["signup", "email_change", "sms", "phone_change"];

async function resendEmail(env: AuthEnv, request: AuthRequest, type: string, address: string): Promise<Response> {
  if (!env.config.email.enable_signup) throw badRequest("email_provider_disabled", "Email logins are disabled");
  const user = await findUserByEmail(env.sql, normalizeEmail(address));
  const redirectTo = requestRedirect(env.config, request);
  // Nothing pending (or no such user) answers like a sent message, so the endpoint cannot probe for accounts.
  if (user && type === "signup" && !user.email_confirmed_at) {
    await sendLinkEmail(env, user, "signup", redirectTo, null);
  } else if (user && type === "email_change" && user.email_change) {
    await requestEmailChange(env, user, user.email_change, redirectTo, null);
  }
  return json({});
}

async function resendSms(env: AuthEnv, type: string, number: string): Promise<Response> {
  if (!env.config.sms.enable_signup) throw badRequest("phone_provider_disabled", "Phone logins are disabled");
  const phone = normalizePhone(number);
  const user = await findUserByPhone(env.sql, phone);
  let messageId: string | undefined;
  if (user && type === "sms" && !user.phone_confirmed_at) messageId = await sendPhoneOtp(env, user, phone, "sms");
  else if (user && type === "phone_change" && user.phone_change) {
    messageId = await sendPhoneOtp(env, user, user.phone_change, "phone_change");
  }
  return json(messageId ? { message_id: messageId } : {});
}

/** POST /resend — the sign-up confirmation or email/phone change code again (GoTrue's Resend). */
export const resend: RouteHandler = async (env, request) => {
  const body = await readJson(request.req, resendBody);
  if (!TYPES.includes(body.type ?? "")) {
    throw badRequest("validation_failed", "Missing one of these types: signup, email_change, sms, phone_change");
  }
  const type = body.type ?? "";
  if (!body.email && type === "signup")
    throw badRequest("validation_failed", "Type provided requires an email address");
  if (!body.phone && type === "sms") throw badRequest("validation_failed", "Type provided requires a phone number");
  if (body.email && body.phone) {
    throw badRequest("validation_failed", "Only an email address or phone number should be provided.");
  }
  if (body.email) return resendEmail(env, request, type, body.email);
  if (body.phone) return resendSms(env, type, body.phone);
  throw badRequest("validation_failed", "Missing email address or phone number");
};
