"use client";

import { useActionState, useState } from "react";
import { fieldError, idleState, submittedValue } from "@/src/actions/action-state";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { Dialog } from "@/src/components/ui/dialog";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SelectField } from "@/src/components/ui/select-field";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextAreaField } from "@/src/components/ui/text-area-field";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import { startViewAs } from "../actions/start-view-as";
import { viewAsDurations } from "../view-as-durations";

/**
 * "View as" from a member row: a dialog asking why and for how long (and, for staff admins, whether the session
 * may write, with its own reason). On success the action opens the client's dashboard as the member; a refusal
 * of the database (staff, already viewing as someone) is shown here in words.
 */
export function ViewAsForm({
  slug,
  targetUserId,
  targetName,
  canWrite,
}: {
  slug: string;
  targetUserId: string;
  targetName: string;
  /** Staff admins may ask for a write-enabled session. */
  canWrite: boolean;
}) {
  const { t } = useI18n();
  const copy = t.agency.viewAs;
  const [open, setOpen] = useState(false);
  const [writable, setWritable] = useState(false);
  const [state, action] = useActionState(startViewAs, idleState);
  const title = formatMessage(copy.title, { name: targetName });
  return (
    <>
      <button
        type="button"
        aria-label={`${copy.button}: ${targetName}`}
        className={buttonStyles({ variant: "secondary" })}
        onClick={() => setOpen(true)}
      >
        {copy.button}
      </button>
      <Dialog open={open} onOpenChange={setOpen} title={title} description={copy.body} closeLabel={copy.cancel}>
        <form action={action} noValidate className="grid gap-4">
          <input type="hidden" name="org" value={slug} />
          <input type="hidden" name="targetUserId" value={targetUserId} />
          <LiveMessage tone="error">
            {state.status === "error" && !state.error.fields ? state.error.message : null}
          </LiveMessage>
          <TextAreaField
            label={copy.reason}
            name="reason"
            required
            minLength={10}
            maxLength={500}
            rows={3}
            hint={copy.reasonHint}
            defaultValue={submittedValue(state, "reason")}
            error={fieldError(state, "reason")}
          />
          <SelectField label={copy.duration} name="minutes" defaultValue={submittedValue(state, "minutes") ?? "30"}>
            {viewAsDurations.map((minutes) => (
              <option key={minutes} value={minutes}>
                {formatMessage(copy.minutes, { count: String(minutes) })}
              </option>
            ))}
          </SelectField>
          {canWrite ? (
            <>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="writable"
                  checked={writable}
                  onChange={(event) => setWritable(event.target.checked)}
                  className="size-4"
                />
                {copy.writable}
              </label>
              {writable ? (
                <TextAreaField
                  label={copy.writeReason}
                  name="writeReason"
                  required
                  minLength={10}
                  maxLength={500}
                  rows={2}
                  hint={copy.reasonHint}
                  error={fieldError(state, "writeReason")}
                />
              ) : null}
            </>
          ) : null}
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" className={buttonStyles({ variant: "ghost" })} onClick={() => setOpen(false)}>
              {copy.cancel}
            </button>
            <SubmitButton fullWidth={false}>{copy.start}</SubmitButton>
          </div>
        </form>
      </Dialog>
    </>
  );
}
