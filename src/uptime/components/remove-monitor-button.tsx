"use client";

import { useActionState } from "react";
import { idleState } from "@/src/actions/action-state";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { LiveMessage } from "@/src/components/ui/live-message";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import { removeMonitor } from "../actions/remove-monitor";

/** "Remove" on one monitor; the button names the address for screen readers, which hear a list of them. */
export function RemoveMonitorButton({ slug, id, url }: { slug: string; id: string; url: string }) {
  const { t } = useI18n();
  const copy = t.uptime.monitors;
  const [state, formAction, pending] = useActionState(removeMonitor, idleState);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="org" value={slug} />
      <input type="hidden" name="id" value={id} />
      <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
      <button
        type="submit"
        disabled={pending}
        aria-label={formatMessage(copy.removeLabel, { url })}
        className={buttonStyles({ variant: "ghost" })}
      >
        {copy.remove}
      </button>
    </form>
  );
}
