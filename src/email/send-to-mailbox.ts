import "server-only";
import { EmailError } from "./email-error";
import type { OutgoingEmail, SentEmail } from "./email-message";

const TIMEOUT_MS = 10_000;

/**
 * Delivers to the local stack's mailbox, which stands in for Resend during development. It has no
 * idempotency keys: a retried send shows up twice there, which is visible and harmless locally.
 */
export async function sendToMailbox(
  email: OutgoingEmail,
  config: { mailboxUrl: string; serviceRoleKey: string },
): Promise<SentEmail> {
  const url = `${config.mailboxUrl.replace(/\/+$/, "")}/api/messages`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${config.serviceRoleKey}`, "content-type": "application/json" },
      body: JSON.stringify({
        from: email.from,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        // The mailbox files free-form labels; name:value keeps Resend's tags readable there.
        tags: email.tags.map((t) => `${t.name}:${t.value}`),
        ...(email.headers ? { headers: email.headers } : {}),
      }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (cause) {
    throw new EmailError("unreachable", `Local mailbox at ${url} is unreachable`, { provider: "mailbox", cause });
  }
  const body: unknown = await response.json().catch(() => null);
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  if (response.status !== 201 || typeof fields.id !== "string") {
    throw new EmailError(
      "rejected",
      `Local mailbox answered ${response.status}: ${String(fields.message ?? "no message")}`,
      {
        provider: "mailbox",
        status: response.status,
        providerCode: typeof fields.code === "string" ? fields.code : undefined,
      },
    );
  }
  return { id: fields.id, provider: "mailbox" };
}
