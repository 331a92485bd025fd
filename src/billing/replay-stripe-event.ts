import "server-only";
import { eq, sql } from "drizzle-orm";
import { stripeEvents } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";
import { subscriptionOfEvent, type StripeEventLike } from "@/supabase/functions/_shared/stripe-subscription-state";
import { applySubscriptionState } from "./apply-subscription-state";
import { stripeClient } from "./stripe-client";

/**
 * Staff replay a Stripe event the webhook could not process (the admin's billing page calls this with the
 * staff member's request `db`). Only staff can read the ledger, so the read under `db` is the permission
 * check; the write then takes the webhook's own path: the subscription is re-read from Stripe and applied
 * behind the event's time, and the ledger row is marked processed with its outcome.
 */
export async function replayStripeEvent(db: RequestDb, eventId: string): Promise<{ outcome: string }> {
  const [event] = await db((tx) =>
    tx
      .select({ id: stripeEvents.id, payload: stripeEvents.payload, processedAt: stripeEvents.processedAt })
      .from(stripeEvents)
      .where(eq(stripeEvents.id, eventId)),
  );
  if (!event) throw new AppError("not_found");
  if (event.processedAt && !(await failedBefore(eventId)))
    throw new AppError("conflict", { detail: "already applied" });
  const stripe = stripeClient();
  if (!stripe) throw new AppError("billing_not_configured");

  const payload = event.payload as StripeEventLike & { created: number };
  const subscriptionId = subscriptionOfEvent(payload);
  const outcome = subscriptionId
    ? await applySubscriptionState(
        await stripe.subscriptions.retrieve(subscriptionId),
        new Date(payload.created * 1000),
      )
    : "ignored: not about a subscription";
  await serviceDb()
    .update(stripeEvents)
    .set({ processedAt: sql`now()`, outcome: `${outcome} (replayed)`, error: null })
    .where(eq(stripeEvents.id, eventId));
  return { outcome };
}

/** An event that was processed but ignored may be replayed too (its organization may exist by now). */
async function failedBefore(eventId: string): Promise<boolean> {
  const [row] = await serviceDb()
    .select({ outcome: stripeEvents.outcome })
    .from(stripeEvents)
    .where(eq(stripeEvents.id, eventId));
  return Boolean(row?.outcome?.startsWith("ignored"));
}
