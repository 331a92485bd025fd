import { buttonStyles } from "@/src/components/ui/button-styles";
import { openPortal } from "../actions/open-portal";
import { Card } from "@/src/components/ui/card";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { planPrice } from "../plan-comparison-rows";
import type { Billing, BillingPlan } from "../queries/get-billing";
import { BillingActionButton } from "./billing-action-button";
import { PaymentNotice } from "./payment-notice";
import { SubscriptionDetails } from "./subscription-details";

/**
 * The plan, its price and the subscription. Owners and admins of an organization with a Stripe customer manage
 * it in the Customer Portal; without Stripe keys the button stays, disabled and explained.
 */
export function CurrentPlanCard({
  plan,
  subscription,
  canManage,
  paymentReady,
  hasCustomer,
  slug,
  planName,
  format,
  t,
}: {
  plan: BillingPlan;
  subscription: Billing["subscription"];
  canManage: boolean;
  paymentReady: boolean;
  /** Whether the organization has a Stripe customer, i.e. something to manage in the portal. */
  hasCustomer: boolean;
  slug: string;
  planName: (key: string) => string;
  format: Formatters;
  t: Dictionary;
}) {
  const copy = t.billing.current;
  const noticeId = "payment-notice-manage";
  return (
    <Card title={copy.title}>
      <div className="grid gap-5">
        <div>
          <p className="text-2xl font-semibold tracking-tight">
            {formatMessage(copy.plan, { plan: planName(plan.key) })}
          </p>
          <p className="text-fg-muted tabular-nums">{planPrice(plan, format, t)}</p>
        </div>
        <div className="grid gap-2">
          <h3 className="text-sm font-semibold">{copy.subscriptionTitle}</h3>
          {!canManage ? (
            <p className="text-sm text-fg-muted">{copy.membersOnly}</p>
          ) : subscription ? (
            <SubscriptionDetails
              subscription={subscription}
              planKey={plan.key}
              planPrice={plan.price}
              planName={planName}
              format={format}
              t={t}
            />
          ) : (
            <p className="text-sm text-fg-muted">{plan.price === 0 ? copy.noneFree : copy.none}</p>
          )}
        </div>
        {canManage && paymentReady && hasCustomer ? (
          <div className="grid gap-2">
            <p className="text-sm text-fg-muted">{t.billing.portalHint}</p>
            <div>
              <BillingActionButton action={openPortal} slug={slug} label={t.billing.manage} variant="secondary" />
            </div>
          </div>
        ) : canManage && !paymentReady ? (
          <div className="grid gap-2">
            <div>
              <button
                type="button"
                disabled
                aria-describedby={noticeId}
                className={buttonStyles({ variant: "secondary" })}
              >
                {t.billing.manage}
              </button>
            </div>
            <PaymentNotice id={noticeId} t={t} />
          </div>
        ) : null}
      </div>
    </Card>
  );
}
