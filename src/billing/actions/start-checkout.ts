"use server";

import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { getTranslations } from "@/src/i18n/get-translations";
import { hasLiveSubscription } from "../queries/has-live-subscription";
import { createCheckoutSession } from "../stripe/create-checkout-session";
import { createPortalSession } from "../stripe/create-portal-session";
import { ensureStripeCustomer } from "../stripe/ensure-customer";
import { stripeClient } from "../stripe-client";

const schema = z.object({ plan: z.enum(["basic", "pro"]) });

/**
 * "Upgrade to <plan>": an owner or admin goes to Stripe Checkout. With a subscription already live, a second
 * Checkout would start a second subscription, so they go to the Customer Portal to change plans instead.
 */
export const startCheckout = defineWorkspaceAction(
  schema,
  async ({ plan }, workspace) => {
    if (workspace.impersonation?.readOnly) throw new AppError("read_only_impersonation");
    const stripe = stripeClient();
    if (!stripe) throw new AppError("billing_not_configured");
    const [{ locale }, live] = await Promise.all([
      getTranslations(),
      hasLiveSubscription(workspace.db, workspace.organization.id),
    ]);
    const customer = await ensureStripeCustomer(stripe, workspace);
    const url = live
      ? await createPortalSession(stripe, { customer, slug: workspace.organization.slug, locale })
      : await createCheckoutSession(stripe, workspace, { customer, plan, locale });
    redirect(url);
  },
  { manage: true },
);
