"use client";

import { useActionState, type ReactNode } from "react";
import { idleState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SelectField } from "@/src/components/ui/select-field";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { formatters } from "@/src/i18n/formatters";
import { useI18n } from "@/src/i18n/i18n-provider";
import { assignTickets } from "../actions/assign-tickets";
import type { StaffOption } from "../queries/get-staff-options";

/**
 * Assigns tickets to a staff member: around the queue's table (its checkboxes are the `ticketIds[]`), or on one
 * ticket's page with a hidden `ticketIds[]`. `children` is what the form wraps.
 */
export function AssignForm({
  staff,
  current,
  submitLabel,
  children,
}: {
  staff: StaffOption[];
  current?: string | null;
  submitLabel: string;
  children?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const copy = t.agency.tickets;
  const [state, action] = useActionState(assignTickets, idleState);
  const format = formatters(locale);
  return (
    <form action={action} className="grid gap-3">
      {children}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-48">
          <SelectField label={copy.assignTo} name="assigneeId" defaultValue={current ?? "none"}>
            <option value="none">{copy.nobody}</option>
            {staff.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name}
              </option>
            ))}
          </SelectField>
        </div>
        <SubmitButton fullWidth={false} variant="secondary">
          {submitLabel}
        </SubmitButton>
      </div>
      <LiveMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "success"
          ? format.plural(state.data.count, copy.assigned)
          : state.status === "error"
            ? state.error.message
            : null}
      </LiveMessage>
    </form>
  );
}
