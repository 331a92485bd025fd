import type { AuthEnv } from "./env.ts";

const FROM = "Arco <no-reply@arco.local>";

/** The code-only email GoTrue sends for a reauthentication (a nonce for a secure password change). */
export function deliverReauthenticationEmail(env: AuthEnv, to: string, otp: string): void {
  env.mailbox.deliver({
    from: FROM,
    to: [to],
    subject: "Confirm reauthentication",
    html: `<p>Enter the code: <strong>${otp}</strong></p>`,
    text: `Confirm reauthentication\n\nEnter the code: ${otp}\n`,
    tags: ["auth:reauthentication"],
  });
}

/** The mailbox address standing in for a phone: what would be texted to +<digits> lands there. */
export function smsMailbox(phone: string): string {
  return `${phone.replace(/^\+/, "")}@sms.local`;
}

/**
 * Local SMS: the text GoTrue would hand to its SMS provider (`[auth.sms] template`), delivered to the local
 * mailbox instead, so development needs no SMS account and tests read the code like an email's.
 */
export function deliverSms(env: AuthEnv, phone: string, otp: string, kind: string): void {
  const body = env.config.sms.template.replace(/\{\{\s*\.Code\s*\}\}/g, otp);
  env.mailbox.deliver({
    from: "SMS <sms@arco.local>",
    to: [smsMailbox(phone)],
    subject: `SMS to +${phone.replace(/^\+/, "")}`,
    html: `<p>${body.replace(/[<&>]/g, "")}</p>`,
    text: `${body}\n`,
    tags: ["auth:sms", `auth:sms:${kind}`],
  });
}
