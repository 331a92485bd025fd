"use client";

import { useI18n } from "../../i18n/i18n-provider";

export function OrDivider() {
  const { t } = useI18n();
  return (
    <div className="flex items-center gap-3 text-xs tracking-wide text-fg-muted uppercase" aria-hidden="true">
      <span className="h-px flex-1 bg-border" />
      {t.common.or}
      <span className="h-px flex-1 bg-border" />
    </div>
  );
}
