import "server-only";
import type Stripe from "stripe";

/**
 * The subscription a Checkout Session of this organization created: null for a session of another
 * organization (never shown), one that does not exist, or one not paid yet.
 */
export async function getCheckoutSubscription(
  stripe: Stripe,
  sessionId: string,
  orgId: string,
): Promise<string | null> {
  const session = await stripe.checkout.sessions.retrieve(sessionId).catch((error: { code?: string }) => {
    if (error.code === "resource_missing") return null;
    throw error;
  });
  if (!session || session.client_reference_id !== orgId || !session.subscription) return null;
  return typeof session.subscription === "string" ? session.subscription : session.subscription.id;
}
