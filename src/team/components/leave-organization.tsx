"use client";

import { ConfirmButton } from "@/src/components/ui/confirm-button";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import { leaveOrganization } from "../actions/leave-organization";

/** "Leave the organization", after a confirmation; the action then takes the user to /app. */
export function LeaveOrganization({ slug, organization }: { slug: string; organization: string }) {
  const { t } = useI18n();
  const copy = t.team;
  return (
    <ConfirmButton
      label={copy.leave.action}
      buttonVariant="danger"
      title={formatMessage(copy.confirm.leave.title, { organization })}
      description={copy.confirm.leave.body}
      cancel={copy.confirm.cancel}
      confirm={copy.confirm.leave.confirm}
      action={leaveOrganization}
      fields={{ org: slug }}
    />
  );
}
