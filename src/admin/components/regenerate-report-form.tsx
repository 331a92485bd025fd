"use client";

import { useActionState } from "react";
import { idleState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { useI18n } from "@/src/i18n/i18n-provider";
import { regenerateReport } from "../actions/regenerate-report";

/** "Regenerate" for one of a client's monthly reports, with the choice to email it again (off by default). */
export function RegenerateReportForm({ slug, period }: { slug: string; period: string }) {
  const { t } = useI18n();
  const copy = t.agency.client;
  const [state, formAction] = useActionState(regenerateReport, idleState);
  return (
    <form action={formAction} noValidate className="grid justify-items-start gap-2">
      <input type="hidden" name="org" value={slug} />
      <input type="hidden" name="period" value={period} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="sendAgain" className="mt-0.5 size-4" />
        <span>
          {copy.sendAgain}
          <span className="block text-xs text-fg-muted">{copy.sendAgainHint}</span>
        </span>
      </label>
      <SubmitButton fullWidth={false} variant="secondary">
        {copy.regenerate}
        <span className="sr-only">: {period}</span>
      </SubmitButton>
      <LiveMessage tone={state.status === "error" ? "error" : "success"}>
        {state.status === "success" ? copy.regenerating : state.status === "error" ? state.error.message : null}
      </LiveMessage>
    </form>
  );
}
