"use server";

import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { getTranslations } from "@/src/i18n/get-translations";
import { getBillingCustomer } from "../queries/get-billing-customer";
import { createPortalSession } from "../stripe/create-portal-session";
import { stripeClient } from "../stripe-client";

/** "Manage subscription" / "Update payment method": an owner or admin goes to the Stripe Customer Portal. */
export const openPortal = defineWorkspaceAction(
  z.object({}),
  async (_, { db, organization, impersonation }) => {
    if (impersonation?.readOnly) throw new AppError("read_only_impersonation");
    const stripe = stripeClient();
    if (!stripe) throw new AppError("billing_not_configured");
    const [{ locale }, customer] = await Promise.all([getTranslations(), getBillingCustomer(db, organization.id)]);
    // Without a customer there is nothing to manage yet: the first step is an upgrade through Checkout.
    if (!customer) throw new AppError("not_found");
    redirect(await createPortalSession(stripe, { customer, slug: organization.slug, locale }));
  },
  { manage: true },
);
