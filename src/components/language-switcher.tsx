"use client";

import { useActionState } from "react";
import { idleState } from "../actions/action-state";
import { useI18n } from "../i18n/i18n-provider";
import { locales } from "../i18n/locales";
import { setLocale } from "../i18n/set-locale";
import { cx } from "./ui/cx";

/** Switches the interface language; the choice is kept in a cookie and the page re-renders in place. */
export function LanguageSwitcher() {
  const { locale, t } = useI18n();
  const [, action, pending] = useActionState(setLocale, idleState);
  return (
    <form action={action}>
      <div
        role="group"
        aria-label={t.common.language}
        aria-busy={pending}
        className="inline-flex rounded-lg border border-border p-0.5"
      >
        {locales.map((option) => (
          <button
            key={option}
            type="submit"
            name="locale"
            value={option}
            lang={option}
            aria-pressed={option === locale}
            disabled={pending}
            className={cx(
              "rounded-md px-2.5 py-1 text-xs font-medium transition-colors",
              option === locale ? "bg-surface-muted text-fg" : "text-fg-muted hover:text-fg",
            )}
          >
            {t.common.languageNames[option]}
          </button>
        ))}
      </div>
    </form>
  );
}
