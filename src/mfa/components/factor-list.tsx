"use client";

import { ConfirmButton } from "../../components/ui/confirm-button";
import { StatusBadge } from "../../components/ui/status-badge";
import { formatMessage } from "../../i18n/format-message";
import { useI18n } from "../../i18n/i18n-provider";
import { removeFactor } from "../actions/remove-factor";
import type { FactorView } from "../queries/get-factors";

/** The account's authenticator apps, each with its state and a way to remove it (after a confirmation). */
export function FactorList({ factors }: { factors: FactorView[] }) {
  const { t, locale } = useI18n();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <ul className="divide-y divide-border">
      {factors.map((factor) => (
        <li key={factor.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2 font-medium">
              <span className="truncate">{factor.name ?? t.security.page.unnamed}</span>
              <StatusBadge tone={factor.verified ? "success" : "warning"}>
                {factor.verified ? t.security.page.verified : t.security.page.unverified}
              </StatusBadge>
            </p>
            <p className="text-sm text-fg-muted">
              {formatMessage(t.security.page.addedOn, { date: date.format(new Date(factor.createdAt)) })}
            </p>
          </div>
          <RemoveFactor factor={factor} />
        </li>
      ))}
    </ul>
  );
}

function RemoveFactor({ factor }: { factor: FactorView }) {
  const { t } = useI18n();
  const copy = t.security.page;
  return (
    <ConfirmButton
      label={copy.remove}
      buttonLabel={`${copy.remove}: ${factor.name ?? copy.unnamed}`}
      title={copy.removeTitle}
      description={copy.removeBody}
      cancel={copy.cancel}
      confirm={copy.remove}
      action={removeFactor}
      fields={{ factorId: factor.id }}
    />
  );
}
