import "server-only";
import { emailsQueued } from "@/inngest/client";
import { sendEvent } from "@/src/jobs/send-event";

/**
 * Wakes the email sender for an invitation email the database just queued. The email is already safe in the
 * outbox (the sender's next minute sends it anyway), so a failure to announce it is logged, not reported.
 */
export async function announceQueuedEmail(): Promise<void> {
  try {
    await sendEvent(emailsQueued.create({ count: 1 }));
  } catch (error) {
    console.error("[team] could not wake the email sender:", error);
  }
}
