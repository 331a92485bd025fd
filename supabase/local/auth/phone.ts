import { randomUUID } from "node:crypto";
import { deliverSms } from "./code-messages.ts";
import type { AuthEnv } from "./env.ts";
import { badRequest, forbidden, tooManyRequests } from "./errors.ts";
import { generateOtp, otpTokenHash } from "./tokens.ts";
import { insertIdentity, insertUser, jsonb, type Db } from "./user-store.ts";
import type { Json, UserRow } from "./users.ts";

/** GoTrue's SMS code length and lifetime defaults (the CLI's config has no keys for them). */
const SMS_OTP_LENGTH = 6;
const SMS_OTP_EXPIRY_SECONDS = 60;

/** GoTrue's phone rule: "+" and spaces dropped, then E.164 digits. Stored without the "+". */
export function normalizePhone(input: string | null | undefined): string {
  const phone = (input ?? "").trim().replace(/^\+/, "").replaceAll(" ", "");
  if (!/^[1-9]\d{1,14}$/.test(phone)) {
    throw badRequest("validation_failed", "Invalid phone number format (E.164 required)");
  }
  return phone;
}

export async function findUserByPhone(db: Db, phone: string): Promise<UserRow | null> {
  const [user] = await db<UserRow[]>`select * from auth.users where phone = ${phone} limit 1`;
  return user ?? null;
}

/** The identity data GoTrue records for the `phone` provider. */
function phoneIdentityData(userId: string, phone: string, verified: boolean): Json {
  return { sub: userId, phone, email_verified: false, phone_verified: verified };
}

/** A user of the `phone` provider with its phone identity, as GoTrue's phone sign-up creates it. */
export async function createPhoneUser(
  db: Db,
  user: { phone: string; encryptedPassword: string; data: Json; confirmed: boolean },
): Promise<UserRow> {
  const id = randomUUID();
  const identityData = phoneIdentityData(id, user.phone, user.confirmed);
  const row = await insertUser(db, {
    id,
    email: null,
    phone: user.phone,
    phoneConfirmedAt: user.confirmed ? new Date() : null,
    encryptedPassword: user.encryptedPassword,
    appMetadata: { provider: "phone", providers: ["phone"] },
    userMetadata: { ...user.data, ...identityData },
  });
  await insertIdentity(db, { userId: id, provider: "phone", providerId: id, identityData });
  return row;
}

/**
 * The channel a code goes out on. WhatsApp needs a provider that offers it (Twilio); the local SMS stand-in
 * has only SMS, so GoTrue's refusal applies.
 */
export function assertSmsChannel(channel: string | null | undefined): void {
  if (channel && channel !== "sms") {
    throw badRequest("validation_failed", "Invalid channel, supported values are 'sms' or 'whatsapp'");
  }
}

/** `sms`: sign-up confirmation and sign-in codes; `phone_change`: the code sent to a new number. */
export type PhoneOtpKind = "sms" | "phone_change";

/**
 * Texts a one-time code: a `[auth.sms.test_otp]` number always gets its fixed code and no message, any other
 * number gets a random code in the local mailbox. Only the hash of phone + code is stored. Returns the
 * message id GoTrue's providers report (none for test numbers).
 */
export async function sendPhoneOtp(
  env: AuthEnv,
  user: UserRow,
  phone: string,
  kind: PhoneOtpKind,
): Promise<string | undefined> {
  const sentAt = kind === "sms" ? user.confirmation_sent_at : user.phone_change_sent_at;
  const remainingMs = (sentAt?.getTime() ?? 0) + env.config.sms.max_frequency * 1000 - Date.now();
  if (remainingMs > 0) {
    throw tooManyRequests(
      "over_sms_send_rate_limit",
      `For security purposes, you can only request this after ${Math.ceil(remainingMs / 1000)} seconds.`,
    );
  }
  const testOtp = env.config.sms.test_otp[phone];
  const otp = testOtp ?? generateOtp(SMS_OTP_LENGTH);
  const hash = otpTokenHash(phone, otp);
  if (kind === "sms") {
    await env.sql`update auth.users set confirmation_token = ${hash}, confirmation_sent_at = now(), updated_at = now()
                  where id = ${user.id}`;
  } else {
    await env.sql`
      update auth.users set phone_change = ${phone}, phone_change_token = ${hash}, phone_change_sent_at = now(),
        updated_at = now()
      where id = ${user.id}`;
  }
  if (testOtp) return undefined;
  deliverSms(env, phone, otp, kind);
  return randomUUID();
}

/**
 * POST /verify with `type: sms | phone_change`: the code texted to `phone` (or that number's test code). A
 * right code confirms the phone, or moves the account to the new number; anything else is GoTrue's 403.
 */
export async function verifyPhoneOtp(env: AuthEnv, kind: PhoneOtpKind, phoneInput: string, token: string) {
  const phone = normalizePhone(phoneInput);
  const invalid = () => forbidden("otp_expired", "Token has expired or is invalid");
  const [user] =
    kind === "sms"
      ? await env.sql<UserRow[]>`select * from auth.users where phone = ${phone} limit 1`
      : await env.sql<UserRow[]>`select * from auth.users where phone_change = ${phone} limit 1`;
  if (!user) throw invalid();
  const stored = kind === "sms" ? user.confirmation_token : user.phone_change_token;
  const sentAt = kind === "sms" ? user.confirmation_sent_at : user.phone_change_sent_at;
  const fresh = !!sentAt && Date.now() <= sentAt.getTime() + SMS_OTP_EXPIRY_SECONDS * 1000;
  const matchesCode = !!stored && fresh && stored === otpTokenHash(phone, token);
  const matchesTestCode = env.config.sms.test_otp[phone] === token;
  if (!matchesCode && !matchesTestCode) throw invalid();

  await env.sql.begin(async (tx) => {
    if (kind === "sms") {
      await tx`update auth.users set phone_confirmed_at = coalesce(phone_confirmed_at, now()), confirmation_token = '',
               updated_at = now() where id = ${user.id}`;
    } else {
      await tx`update auth.users set phone = ${phone}, phone_confirmed_at = now(), phone_change = '',
               phone_change_token = '', updated_at = now() where id = ${user.id}`;
    }
    const [identity] = await tx`select 1 from auth.identities where user_id = ${user.id} and provider = 'phone'`;
    if (identity) {
      await tx`update auth.identities set identity_data = identity_data || ${jsonb(tx, { phone, phone_verified: true })},
               updated_at = now() where user_id = ${user.id} and provider = 'phone'`;
    } else {
      await insertIdentity(tx, {
        userId: user.id,
        provider: "phone",
        providerId: user.id,
        identityData: phoneIdentityData(user.id, phone, true),
      });
    }
  });
  return user;
}
