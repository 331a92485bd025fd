import type { RouteHandler } from "../env.ts";
import { badRequest, unprocessable } from "../errors.ts";
import { deliverReauthenticationEmail } from "../code-messages.ts";
import { json } from "../http.ts";
import { enforceEmailQuota, enforceResendWindow } from "../rate-limit.ts";
import { requireUser } from "../require-user.ts";
import { generateOtp, otpTokenHash } from "../tokens.ts";

/**
 * GET /reauthenticate — mails the signed-in user a one-time code (the `nonce` of a password change when
 * `auth.email.secure_password_change` is on). Only the hash is kept, as GoTrue does.
 */
export const reauthenticate: RouteHandler = async (env, request) => {
  const { user } = await requireUser(env, request);
  if (!user.email && !user.phone) {
    throw badRequest("validation_failed", "Reauthentication requires the user to have an email or a phone number");
  }
  if (!user.email) throw badRequest("validation_failed", "Reauthentication by SMS is not supported by the local stack");
  if (!user.email_confirmed_at) throw unprocessable("email_not_confirmed", "Please verify your email first.");
  enforceResendWindow(user.reauthentication_sent_at, env.config.email.max_frequency);
  enforceEmailQuota(env.limits);
  const otp = generateOtp(env.config.email.otp_length);
  await env.sql`
    update auth.users
    set reauthentication_token = ${otpTokenHash(user.email.toLowerCase(), otp)}, reauthentication_sent_at = now(),
        updated_at = now()
    where id = ${user.id}`;
  deliverReauthenticationEmail(env, user.email, otp);
  return json({});
};
