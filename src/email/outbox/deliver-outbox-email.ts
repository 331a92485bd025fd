import "server-only";
import { EmailError } from "../email-error";
import { sendEmail } from "../send-email";
import { composeOutboxEmail } from "./compose-outbox-email";
import type { OutboxEmail } from "./outbox-email";
import { settleOutboxEmail, type OutboxOutcome } from "./settle-outbox-email";

/** Whether trying again later can help: a malformed message or a refusal (other than "slow down" or a provider fault) cannot. */
function failureOf(error: unknown): Extract<OutboxOutcome, { status: "failed" }> {
  if (error instanceof EmailError) {
    const retryable =
      error.code === "unreachable" ||
      error.code === "not_configured" ||
      (error.code === "rejected" && (error.status === undefined || error.status === 429 || error.status >= 500));
    return { status: "failed", error: `${error.code}: ${error.message}`, retryable };
  }
  // A database hiccup or a rendering bug while composing: worth another attempt, bounded by the attempt cap.
  return { status: "failed", error: error instanceof Error ? error.message : String(error), retryable: true };
}

/**
 * Composes one claimed email as it should read now, sends it with the row's idempotency key (so a repeated
 * send, after a crash between sending and recording, is delivered once), and records the outcome.
 */
export async function deliverOutboxEmail(email: OutboxEmail, now: Date) {
  let outcome: OutboxOutcome;
  try {
    const composed = await composeOutboxEmail(email);
    if (composed.kind === "cancel") {
      outcome = { status: "cancelled", reason: composed.reason };
    } else {
      const sent = await sendEmail({ ...composed.message, idempotencyKey: email.idempotencyKey });
      outcome = { status: "sent", providerId: sent.id };
    }
  } catch (error) {
    outcome = failureOf(error);
  }
  const result = await settleOutboxEmail(email, outcome, now);
  return {
    id: email.id,
    template: email.template,
    result,
    ...(outcome.status === "failed" ? { error: outcome.error } : {}),
  };
}
