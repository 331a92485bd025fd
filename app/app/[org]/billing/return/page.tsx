import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { RefreshUntilConfirmed } from "@/src/billing/components/refresh-until-confirmed";
import { getCheckoutOutcome } from "@/src/billing/queries/get-checkout-outcome";
import { stripeClient } from "@/src/billing/stripe-client";
import { getCheckoutSubscription } from "@/src/billing/stripe/get-checkout-subscription";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { Card } from "@/src/components/ui/card";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatMessage } from "@/src/i18n/format-message";
import { getTranslations } from "@/src/i18n/get-translations";
import { requireWorkspace } from "@/src/workspace/require-workspace";

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const searchSchema = z.object({
  session_id: z
    .string()
    .regex(/^cs_\w{1,200}$/)
    .optional()
    .catch(undefined),
});

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t.billing.returnPage.title };
}

/**
 * Where Stripe Checkout returns: the payment is done, the plan changes when the webhook arrives (usually within
 * a second or two). Until then the page refreshes itself; then it shows the new plan.
 */
export default async function CheckoutReturnPage({ params, searchParams }: Props) {
  const { organization, db } = await requireWorkspace((await params).org);
  const [{ t }, { session_id: sessionId }] = await Promise.all([
    getTranslations(),
    searchParams.then((raw) => searchSchema.parse(raw)),
  ]);
  const copy = t.billing.returnPage;
  const stripe = stripeClient();
  const subscriptionId = stripe && sessionId ? await getCheckoutSubscription(stripe, sessionId, organization.id) : null;
  const outcome = subscriptionId ? await getCheckoutOutcome(db, organization.id, subscriptionId) : null;
  const confirmed = outcome !== null && outcome.status !== "incomplete";
  const planName = outcome
    ? (t.workspace.tiers[outcome.planKey as keyof typeof t.workspace.tiers] ?? outcome.planKey)
    : "";

  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} />
      <Card title={confirmed ? formatMessage(copy.done, { plan: planName }) : copy.title}>
        <div className="grid gap-4">
          {!subscriptionId ? (
            <p>{copy.unknown}</p>
          ) : confirmed ? (
            <p>{copy.doneHint}</p>
          ) : (
            <>
              <p>{copy.waitingHint}</p>
              <RefreshUntilConfirmed waiting={copy.waiting} slow={copy.slow} />
            </>
          )}
          <div>
            <Link href={`/app/${organization.slug}/billing`} className={buttonStyles({ variant: "secondary" })}>
              {copy.back}
            </Link>
          </div>
        </div>
      </Card>
    </div>
  );
}
