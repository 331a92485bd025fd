"use client";

import { useI18n } from "../../i18n/i18n-provider";

/** Goes back to the email step, e.g. after a typo in the address. */
export function RestartButton({ onClick }: { onClick: () => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      onClick={onClick}
      className="justify-self-start rounded text-sm font-medium text-accent-text underline"
    >
      {t.auth.signIn.useAnotherEmail}
    </button>
  );
}
