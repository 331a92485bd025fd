"use client";

import { useActionState } from "react";
import { idleState } from "@/src/actions/action-state";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import { stopImpersonation } from "../actions/stop-impersonation";

/**
 * Always on top while a staff member views the app as a client: who, by whom, whether read-only, the time left,
 * the reason, and Stop.
 */
export function ImpersonationBanner({
  sessionId,
  targetName,
  staffName,
  readOnly,
  endsAt,
  reason,
}: {
  sessionId: string;
  targetName: string;
  /** The staff member behind the session: the banner says who is looking. */
  staffName: string;
  readOnly: boolean;
  endsAt: string;
  reason: string;
}) {
  const { t } = useI18n();
  const copy = t.workspace.impersonation;
  const [state, action] = useActionState(stopImpersonation, idleState);
  return (
    <div role="region" aria-label={formatMessage(copy.title, { name: targetName })} className="bg-amber-800 text-white">
      <form
        action={action}
        className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2 text-sm sm:px-6"
      >
        <input type="hidden" name="session" value={sessionId} />
        <p className="flex flex-wrap gap-x-3">
          <strong>{formatMessage(copy.title, { name: targetName })}</strong>
          <span>{formatMessage(copy.by, { name: staffName })}</span>
          <span>{readOnly ? copy.readOnly : copy.writable}</span>
          <span>{formatMessage(copy.endsAt, { time: endsAt })}</span>
          <span className="max-sm:hidden">{formatMessage(copy.reason, { reason })}</span>
        </p>
        <SubmitButton variant="secondary" fullWidth={false}>
          {copy.stop}
        </SubmitButton>
        {state.status === "error" ? <p role="alert">{state.error.message}</p> : null}
      </form>
    </div>
  );
}
