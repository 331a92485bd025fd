"use client";

import type { ActionState } from "@/src/actions/action-state";
import { TypedConfirmationForm } from "@/src/components/ui/typed-confirmation-form";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";

/** Typing the account's email address, then asking for its deletion in 30 days. */
export function AccountDeletionForm({
  action,
  email,
}: {
  action: (
    state: ActionState<{ eraseAfter: string }>,
    formData: FormData,
  ) => Promise<ActionState<{ eraseAfter: string }>>;
  email: string;
}) {
  const copy = useI18n().t.privacy.deletion;
  return (
    <TypedConfirmationForm
      action={action}
      label={formatMessage(copy.confirm, { email })}
      submitLabel={copy.submit}
      refusals={{ invalid_input: copy.mismatch, last_owner: copy.soleOwner }}
      inputType="email"
    />
  );
}
