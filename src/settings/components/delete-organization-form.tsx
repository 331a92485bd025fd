"use client";

import type { ActionState } from "@/src/actions/action-state";
import { TypedConfirmationForm } from "@/src/components/ui/typed-confirmation-form";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";

/** The owner's last resort: typing the organization's slug, then deleting it with everything it holds. */
export function DeleteOrganizationForm({
  action,
  slug,
}: {
  action: (state: ActionState<never>, formData: FormData) => Promise<ActionState<never>>;
  slug: string;
}) {
  const copy = useI18n().t.settings.danger;
  return (
    <TypedConfirmationForm
      action={action}
      label={formatMessage(copy.confirm, { slug })}
      submitLabel={copy.submit}
      refusals={{ invalid_input: copy.confirmMismatch, conflict: copy.subscriptionActive, forbidden: copy.ownerOnly }}
      hidden={{ org: slug }}
    />
  );
}
