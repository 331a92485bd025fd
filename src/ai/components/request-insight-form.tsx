"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { requestInsight } from "../actions/request-insight";

/** "Generate insight now": queues one; the page then shows its progress. Refusals (plan, allowance) inline. */
export function RequestInsightForm({ slug, label }: { slug: string; label: string }) {
  const [state, formAction] = useActionState<ActionState<{ id: string }>, FormData>(requestInsight, idleState);
  return (
    <form action={formAction} className="grid justify-items-start gap-2">
      <input type="hidden" name="org" value={slug} />
      <SubmitButton fullWidth={false}>{label}</SubmitButton>
      <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
    </form>
  );
}
