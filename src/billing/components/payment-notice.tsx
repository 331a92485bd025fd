import type { Dictionary } from "@/src/i18n/dictionary";

/** Why the plan buttons are disabled, visible beside them and linked to them with aria-describedby. */
export function PaymentNotice({
  id,
  status,
  t,
}: {
  id: string;
  status: "not_configured" | "next_release";
  t: Dictionary;
}) {
  return (
    <p id={id} className="rounded-lg border border-border bg-surface-muted px-3 py-2 text-sm text-fg-muted">
      {t.billing.paymentNotice[status]}
    </p>
  );
}
