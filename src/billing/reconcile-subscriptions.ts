import "server-only";
import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import { organizations, subscriptions } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { applySubscriptionState } from "./apply-subscription-state";

interface Mirror {
  tier: string | null;
  status: string | null;
  planKey: string | null;
  cancelAtPeriodEnd: boolean | null;
}

export interface Repair {
  subscription: string;
  orgId: string;
  before: Mirror;
  after: Mirror;
}

export interface ReconcileReport {
  checked: number;
  repaired: Repair[];
  /** Subscriptions Arco does not own (no organization, a price that is not a plan), with the reason. */
  ignored: Array<{ subscription: string; reason: string }>;
}

async function mirrorOf(stripeSubscriptionId: string): Promise<(Mirror & { orgId: string }) | null> {
  const [row] = await serviceDb()
    .select({
      orgId: subscriptions.orgId,
      tier: organizations.tier,
      status: subscriptions.status,
      planKey: subscriptions.planKey,
      cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
    })
    .from(subscriptions)
    .innerJoin(organizations, eq(organizations.id, subscriptions.orgId))
    .where(eq(subscriptions.stripeSubscriptionId, stripeSubscriptionId));
  return row ?? null;
}

const empty: Mirror = { tier: null, status: null, planKey: null, cancelAtPeriodEnd: null };
const differs = (a: Mirror, b: Mirror) => (Object.keys(a) as Array<keyof Mirror>).some((k) => a[k] !== b[k]);

/**
 * Nightly: every subscription in Stripe (ended ones too) is written again through the webhook's own path, so
 * a missed or failed event, or a tier changed by hand behind Stripe's back, converges on Stripe's state. The
 * watermark is the moment the listing started: an event Stripe sent after it stays newer than the repair.
 */
export async function reconcileSubscriptions(stripe: Stripe): Promise<ReconcileReport> {
  const readAt = new Date(Math.floor(Date.now() / 1000) * 1000);
  const report: ReconcileReport = { checked: 0, repaired: [], ignored: [] };
  for await (const subscription of stripe.subscriptions.list({ status: "all", limit: 100 })) {
    report.checked += 1;
    const before = await mirrorOf(subscription.id);
    const outcome = await applySubscriptionState(subscription, readAt);
    if (outcome.startsWith("ignored")) {
      report.ignored.push({ subscription: subscription.id, reason: outcome.replace(/^ignored: /, "") });
      continue;
    }
    const after = await mirrorOf(subscription.id);
    const mirror = (m: Mirror | null): Mirror =>
      m ? { tier: m.tier, status: m.status, planKey: m.planKey, cancelAtPeriodEnd: m.cancelAtPeriodEnd } : empty;
    if (after && differs(mirror(before), mirror(after))) {
      report.repaired.push({
        subscription: subscription.id,
        orgId: after.orgId,
        before: mirror(before),
        after: mirror(after),
      });
    }
  }
  return report;
}
