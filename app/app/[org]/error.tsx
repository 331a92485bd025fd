"use client";

import { buttonStyles } from "@/src/components/ui/button-styles";
import { EmptyState } from "@/src/components/ui/empty-state";
import { useI18n } from "@/src/i18n/i18n-provider";

/** A section that failed to load keeps the dashboard around it; the error stays in the server log. */
export default function WorkspaceError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <EmptyState
      icon="activity"
      title={t.workspace.error.title}
      body={t.workspace.error.body}
      action={
        <button type="button" onClick={reset} className={buttonStyles()}>
          {t.workspace.error.retry}
        </button>
      }
    />
  );
}
