"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/src/actions/action-state";
import type { ButtonVariant } from "@/src/components/ui/button-styles";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";

/**
 * A one-button form that closes or reopens a ticket. The page re-renders with the new status once the action
 * revalidates it; a refusal (a read-only "view as", the reopening window gone) is announced next to the button.
 */
export function TicketStatusButton<Result>({
  action,
  slug,
  ticketId,
  label,
  variant = "secondary",
}: {
  action: (state: ActionState<Result>, formData: FormData) => Promise<ActionState<Result>>;
  slug: string;
  ticketId: string;
  label: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="grid justify-items-start gap-2">
      <input type="hidden" name="org" value={slug} />
      <input type="hidden" name="ticketId" value={ticketId} />
      <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
      <SubmitButton variant={variant} fullWidth={false}>
        {label}
      </SubmitButton>
    </form>
  );
}
