"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/src/actions/action-state";
import type { ButtonVariant } from "@/src/components/ui/button-styles";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";

/**
 * A one-button form that sends an owner or admin to Stripe (Checkout or the Customer Portal): the action
 * answers with a redirect, or with a refusal announced beside the button.
 */
export function BillingActionButton({
  action,
  slug,
  plan,
  label,
  variant,
  fullWidth = true,
}: {
  action: (state: ActionState<never>, formData: FormData) => Promise<ActionState<never>>;
  slug: string;
  plan?: string;
  label: string;
  variant?: ButtonVariant;
  fullWidth?: boolean;
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="grid gap-2">
      <input type="hidden" name="org" value={slug} />
      {plan ? <input type="hidden" name="plan" value={plan} /> : null}
      <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
      <SubmitButton variant={variant} fullWidth={fullWidth}>
        {label}
      </SubmitButton>
    </form>
  );
}
