"use client";

import { useActionState } from "react";
import { idleState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { useI18n } from "@/src/i18n/i18n-provider";
import { runJobNow } from "../actions/run-job-now";

/** "Run now" for one job (staff admins); says when the event is sent, or why not. */
export function RunJobButton({ job }: { job: string }) {
  const { t } = useI18n();
  const copy = t.agency.jobs;
  const [state, action] = useActionState(runJobNow, idleState);
  return (
    <form action={action} className="grid justify-items-start gap-2">
      <input type="hidden" name="job" value={job} />
      <SubmitButton fullWidth={false} variant="secondary">
        {copy.runNow}
        <span className="sr-only">: {job}</span>
      </SubmitButton>
      <LiveMessage tone={state.status === "error" ? "error" : "success"}>
        {state.status === "success" ? copy.queued : state.status === "error" ? state.error.message : null}
      </LiveMessage>
    </form>
  );
}
