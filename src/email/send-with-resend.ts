import "server-only";
import { Resend } from "resend";
import { EmailError } from "./email-error";
import type { OutgoingEmail, SentEmail } from "./email-message";

export async function sendWithResend(
  email: OutgoingEmail,
  config: { apiKey: string; baseUrl?: string },
): Promise<SentEmail> {
  // The SDK joins its base URL and paths by concatenation, so a trailing slash would double up.
  const resend = new Resend(
    config.apiKey,
    config.baseUrl ? { baseUrl: config.baseUrl.replace(/\/+$/, "") } : undefined,
  );
  const { idempotencyKey, ...payload } = email;
  const { data, error } = await resend.emails.send(payload, idempotencyKey ? { idempotencyKey } : undefined);
  if (error) {
    // The SDK reports a network failure as an error without a status.
    throw new EmailError(error.statusCode === null ? "unreachable" : "rejected", `Resend: ${error.message}`, {
      provider: "resend",
      status: error.statusCode ?? undefined,
      providerCode: error.name,
    });
  }
  return { id: data.id, provider: "resend" };
}
