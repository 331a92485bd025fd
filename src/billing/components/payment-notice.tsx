import type { Dictionary } from "@/src/i18n/dictionary";

/** Why the plan buttons are disabled (no Stripe keys), visible beside them and linked with aria-describedby. */
export function PaymentNotice({ id, t }: { id: string; t: Dictionary }) {
  return (
    <p id={id} className="rounded-lg border border-border bg-surface-muted px-3 py-2 text-sm text-fg-muted">
      {t.billing.paymentNotice.not_configured}
    </p>
  );
}
