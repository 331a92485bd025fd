import { buttonStyles } from "@/src/components/ui/button-styles";
import { cx } from "@/src/components/ui/cx";
import { StatusBadge } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { startCheckout } from "../actions/start-checkout";
import { planComparisonRows } from "../plan-comparison-rows";
import type { BillingPlan } from "../queries/get-billing";
import { BillingActionButton } from "./billing-action-button";
import { PaymentNotice } from "./payment-notice";
import { PlanCellText } from "./plan-cell";
import { TableScroll } from "@/src/components/ui/table-scroll";

/**
 * The price list with the organization's plan marked: a real table from tablets up, one card per plan on a
 * phone. Owners and admins see an upgrade button under each higher plan sold online (Checkout; the portal once
 * subscribed) — disabled and explained while Stripe is not configured.
 */
export function PlanComparison({
  tiers,
  currentKey,
  canManage,
  paymentReady,
  slug,
  planName,
  format,
  t,
}: {
  tiers: BillingPlan[];
  currentKey: string;
  canManage: boolean;
  paymentReady: boolean;
  slug: string;
  planName: (key: string) => string;
  format: Formatters;
  t: Dictionary;
}) {
  const copy = t.billing.tiers;
  const rows = planComparisonRows(format, t);
  const current = tiers.find((tier) => tier.key === currentKey);
  // Enterprise (no list price) is sold by the agency, not through Checkout.
  const isHigher = (tier: BillingPlan) =>
    current !== undefined && tier.sortOrder > current.sortOrder && tier.price !== null && tier.price > 0;
  const showUpgrades = canManage && tiers.some(isHigher);
  const noticeId = "payment-notice-upgrade";
  const yourPlan = <StatusBadge tone="info">{copy.yourPlan}</StatusBadge>;
  const upgradeButton = (tier: BillingPlan) => {
    const label = formatMessage(t.billing.upgradeTo, { plan: planName(tier.key) });
    return paymentReady ? (
      <BillingActionButton action={startCheckout} slug={slug} plan={tier.key} label={label} />
    ) : (
      <button type="button" disabled aria-describedby={noticeId} className={buttonStyles({ fullWidth: true })}>
        {label}
      </button>
    );
  };

  return (
    <section aria-labelledby="plan-comparison" className="grid gap-4">
      <h2 id="plan-comparison" className="text-base font-semibold">
        {copy.title}
      </h2>

      <TableScroll label={copy.caption} className="hidden rounded-xl border border-border bg-surface md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{copy.caption}</caption>
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="px-4 py-3 font-medium text-fg-muted">
                {copy.feature}
              </th>
              {tiers.map((tier) => (
                <th
                  key={tier.key}
                  scope="col"
                  aria-current={tier.key === currentKey ? "true" : undefined}
                  className={cx("px-4 py-3 align-top", tier.key === currentKey && "bg-accent-soft")}
                >
                  <span className="grid justify-items-start gap-1">
                    <span className="text-base font-semibold">{planName(tier.key)}</span>
                    {tier.key === currentKey ? yourPlan : null}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-t border-border">
                <th scope="row" className="px-4 py-2.5 font-medium">
                  {row.label}
                </th>
                {tiers.map((tier) => (
                  <td
                    key={tier.key}
                    className={cx(
                      "px-4 py-2.5 tabular-nums",
                      row.key === "price" && "whitespace-nowrap",
                      tier.key === currentKey && "bg-accent-soft",
                    )}
                  >
                    <PlanCellText cell={row.cell(tier)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {showUpgrades ? (
            <tfoot>
              <tr className="border-t border-border">
                <td className="px-4 py-3" />
                {tiers.map((tier) => (
                  <td key={tier.key} className={cx("px-4 py-3", tier.key === currentKey && "bg-accent-soft")}>
                    {isHigher(tier) ? upgradeButton(tier) : null}
                  </td>
                ))}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </TableScroll>

      <ul className="grid gap-4 md:hidden">
        {tiers.map((tier) => (
          <li
            key={tier.key}
            aria-current={tier.key === currentKey ? "true" : undefined}
            className={cx(
              "grid gap-3 rounded-xl border bg-surface p-4 shadow-xs",
              tier.key === currentKey ? "border-accent" : "border-border",
            )}
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="text-base font-semibold">{planName(tier.key)}</h3>
              {tier.key === currentKey ? yourPlan : null}
            </div>
            <dl className="grid gap-2 text-sm">
              {rows.map((row) => (
                <div key={row.key} className="flex flex-wrap justify-between gap-x-4 gap-y-0.5">
                  <dt className="text-fg-muted">{row.label}</dt>
                  <dd className="text-right font-medium tabular-nums">
                    <PlanCellText cell={row.cell(tier)} />
                  </dd>
                </div>
              ))}
            </dl>
            {canManage && isHigher(tier) ? upgradeButton(tier) : null}
          </li>
        ))}
      </ul>

      {showUpgrades && !paymentReady ? <PaymentNotice id={noticeId} t={t} /> : null}
    </section>
  );
}
