"use client";

import { StatusPage } from "@/src/components/status-page";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { useI18n } from "@/src/i18n/i18n-provider";

/** Shown instead of a crashed page; the error itself stays in the server log, never on screen. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <StatusPage
      appName={t.common.appName}
      code="500"
      title={t.errorPage.title}
      body={t.errorPage.body}
      action={
        <button type="button" onClick={reset} className={buttonStyles()}>
          {t.errorPage.retry}
        </button>
      }
    />
  );
}
