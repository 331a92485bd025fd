import "server-only";
import { env } from "@/src/env";
import { EmailError } from "./email-error";
import { emailMessageSchema, type EmailMessage, type OutgoingEmail, type SentEmail } from "./email-message";
import { sendToMailbox } from "./send-to-mailbox";
import { sendWithResend } from "./send-with-resend";

/**
 * Sends one email from EMAIL_FROM: through Resend when RESEND_API_KEY is set, otherwise to the local
 * mailbox at MAILBOX_URL. Every failure is an `EmailError` with a code; inside a job, call it from a
 * `step.run` with an `idempotencyKey` so the step's retries cannot send twice.
 */
export async function sendEmail(message: EmailMessage): Promise<SentEmail> {
  const parsed = emailMessageSchema.safeParse(message);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "message"}: ${i.message}`).join("; ");
    throw new EmailError("invalid_message", `Invalid email: ${problems}`);
  }
  const { to, tags, ...rest } = parsed.data;
  const config = env();
  const email: OutgoingEmail = {
    ...rest,
    from: config.EMAIL_FROM,
    to: typeof to === "string" ? [to] : to,
    tags: Object.entries(tags).map(([name, value]) => ({ name, value })),
  };
  if (config.RESEND_API_KEY) {
    return sendWithResend(email, { apiKey: config.RESEND_API_KEY, baseUrl: config.RESEND_BASE_URL });
  }
  if (config.MAILBOX_URL) {
    return sendToMailbox(email, { mailboxUrl: config.MAILBOX_URL, serviceRoleKey: config.SUPABASE_SERVICE_ROLE_KEY });
  }
  throw new EmailError("not_configured", "No email provider: set RESEND_API_KEY, or MAILBOX_URL for the local mailbox");
}
