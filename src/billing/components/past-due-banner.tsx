import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import { openPortal } from "../actions/open-portal";
import { BillingActionButton } from "./billing-action-button";

/**
 * Across the workspace while a payment is overdue: Stripe is retrying the charge, and the owner or admin
 * fixes it by updating the payment method in the Customer Portal before the plan is lost.
 */
export function PastDueBanner({ organization, slug, t }: { organization: string; slug: string; t: Dictionary }) {
  const copy = t.billing.banner;
  const message = formatMessage(copy.pastDue, { organization });
  return (
    <div role="region" aria-label={message} className="bg-danger-soft text-danger">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2 text-sm sm:px-6">
        <p className="font-medium">{message}</p>
        <BillingActionButton
          action={openPortal}
          slug={slug}
          label={copy.action}
          variant="secondary"
          fullWidth={false}
        />
      </div>
    </div>
  );
}
