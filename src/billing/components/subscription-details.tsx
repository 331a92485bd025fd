import { StatusBadge } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { BillingSubscription } from "../queries/get-billing";
import { subscriptionTones } from "../subscription-status";

/** The Stripe mirror's subscription in words: status, amount, when it renews, ends or ended, and what to do. */
export function SubscriptionDetails({
  subscription,
  planKey,
  planPrice,
  planName,
  format,
  t,
}: {
  subscription: BillingSubscription;
  planKey: string;
  /** The price list's monthly price: the amount is only repeated when the subscription's differs (a deal). */
  planPrice: number | null;
  planName: (key: string) => string;
  format: Formatters;
  t: Dictionary;
}) {
  const copy = t.billing.current;
  const { status, cancelAtPeriodEnd } = subscription;
  const end = format.date(subscription.currentPeriodEnd);
  const ended = status === "canceled" || status === "incomplete_expired";
  const when = ended
    ? formatMessage(copy.canceledOn, { date: format.date(subscription.canceledAt ?? subscription.currentPeriodEnd) })
    : cancelAtPeriodEnd
      ? formatMessage(copy.endsAt, { date: end })
      : status === "trialing"
        ? formatMessage(copy.trialEnds, { date: end })
        : status === "active"
          ? formatMessage(copy.renews, { date: end })
          : formatMessage(copy.periodEnds, { date: end });
  const matchesPriceList =
    subscription.planKey === planKey && subscription.amount === planPrice && subscription.interval === "month";
  const showAmount = !ended && !matchesPriceList;
  const note =
    status === "past_due" || status === "unpaid" ? copy.pastDue : status === "incomplete" ? copy.incomplete : null;
  return (
    <div className="grid gap-2 text-sm">
      <div className="flex flex-wrap gap-2">
        <StatusBadge tone={subscriptionTones[status]}>{t.billing.statuses[status]}</StatusBadge>
        {cancelAtPeriodEnd && !ended ? <StatusBadge tone="warning">{copy.cancelsAtPeriodEnd}</StatusBadge> : null}
      </div>
      {subscription.planKey !== planKey ? (
        <p>{formatMessage(copy.subscriptionPlan, { plan: planName(subscription.planKey) })}</p>
      ) : null}
      {!showAmount ? null : (
        <p className="tabular-nums">
          {formatMessage(copy.amount, {
            amount: format.money(subscription.amount, subscription.currency),
            interval: copy.intervals[subscription.interval],
          })}
        </p>
      )}
      <p>
        <time
          dateTime={(ended
            ? (subscription.canceledAt ?? subscription.currentPeriodEnd)
            : subscription.currentPeriodEnd
          ).toISOString()}
        >
          {when}
        </time>
      </p>
      {note ? <p className="font-medium text-danger">{note}</p> : null}
    </div>
  );
}
