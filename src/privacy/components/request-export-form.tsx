"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { useI18n } from "@/src/i18n/i18n-provider";

/** One button: asks for an export (of the account, or of the organization when `slug` is given). */
export function RequestExportForm({
  action,
  slug,
}: {
  action: (state: ActionState<{ exportId: string }>, formData: FormData) => Promise<ActionState<{ exportId: string }>>;
  slug?: string;
}) {
  const { t } = useI18n();
  const copy = t.privacy.exports;
  const [state, formAction] = useActionState(action, idleState);
  const code = state.status === "error" ? state.error.code : null;
  const error =
    code === "conflict"
      ? copy.running
      : code === "rate_limited"
        ? copy.rateLimited
        : code === "owner_only"
          ? t.privacy.organization.ownerOnly
          : state.status === "error"
            ? state.error.message
            : null;
  return (
    <form action={formAction} className="grid gap-3">
      {slug ? <input type="hidden" name="org" value={slug} /> : null}
      <LiveMessage tone="error">{error}</LiveMessage>
      <LiveMessage tone="success">{state.status === "success" ? copy.requested : null}</LiveMessage>
      <div>
        <SubmitButton fullWidth={false}>{copy.request}</SubmitButton>
      </div>
    </form>
  );
}
