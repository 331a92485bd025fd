"use client";

import { useId } from "react";
import { useI18n } from "../../i18n/i18n-provider";

/**
 * The LGPD consent wording shown next to the box. Bump the version whenever the texts in
 * `analyzerPages.consent` change, so each lead's consent points at the words that person actually saw.
 */
export const consentTextVersion = "analyzer-2026-11";

/** Marketing consent: unticked by default, with its purpose and how to withdraw it stated beside it. */
export function ConsentCheckbox({ name = "consent" }: { name?: string }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="grid gap-2">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name={name}
          value="yes"
          aria-describedby={`${id}-privacy`}
          className="mt-0.5 size-4 shrink-0 rounded border-border-strong accent-accent"
        />
        <label htmlFor={id} className="text-sm text-fg">
          {t.analyzerPages.consent.label}
        </label>
      </div>
      <p id={`${id}-privacy`} className="text-xs text-fg-muted">
        {t.analyzerPages.consent.privacy}
      </p>
    </div>
  );
}
