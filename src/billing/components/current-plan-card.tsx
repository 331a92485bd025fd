import { buttonStyles } from "@/src/components/ui/button-styles";
import { Card } from "@/src/components/ui/card";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { planPrice } from "../plan-comparison-rows";
import type { Billing, BillingPlan } from "../queries/get-billing";
import { PaymentNotice } from "./payment-notice";
import { SubscriptionDetails } from "./subscription-details";

/** The plan, its price and the subscription; owners and admins also get the (not yet wired) manage button. */
export function CurrentPlanCard({
  plan,
  subscription,
  canManage,
  paymentStatus,
  planName,
  format,
  t,
}: {
  plan: BillingPlan;
  subscription: Billing["subscription"];
  canManage: boolean;
  paymentStatus: "not_configured" | "next_release";
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
        {canManage ? (
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
            <PaymentNotice id={noticeId} status={paymentStatus} t={t} />
          </div>
        ) : null}
      </div>
    </Card>
  );
}
