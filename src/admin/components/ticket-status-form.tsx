"use client";

import { useActionState } from "react";
import { idleState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SelectField } from "@/src/components/ui/select-field";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { useI18n } from "@/src/i18n/i18n-provider";
import { ticketStatuses, type TicketStatus } from "@/src/tickets/ticket-status";
import { changeTicketStatus } from "../actions/change-ticket-status";

/** The agency moves a ticket to any status (the database stamps resolved_at and sends the resolution email). */
export function TicketStatusForm({ ticketId, status }: { ticketId: string; status: TicketStatus }) {
  const { t } = useI18n();
  const copy = t.agency.ticket;
  const [state, action] = useActionState(changeTicketStatus, idleState);
  return (
    <form action={action} className="grid gap-3">
      <input type="hidden" name="ticketId" value={ticketId} />
      <SelectField label={copy.changeStatus} name="status" defaultValue={status}>
        {ticketStatuses.map((value) => (
          <option key={value} value={value}>
            {t.tickets.statuses[value]}
          </option>
        ))}
      </SelectField>
      <div>
        <SubmitButton fullWidth={false} variant="secondary">
          {copy.save}
        </SubmitButton>
      </div>
      <LiveMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "success" ? copy.statusSaved : state.status === "error" ? state.error.message : null}
      </LiveMessage>
    </form>
  );
}
