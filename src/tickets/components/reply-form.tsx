"use client";

import { useActionState, useEffect } from "react";
import { fieldError, idleState, submittedValue, type ActionState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextAreaField } from "@/src/components/ui/text-area-field";
import { useI18n } from "@/src/i18n/i18n-provider";
import { MESSAGE_MAX } from "../message-limits";
import { AttachmentsField, useMessageAttachments, type AttachmentTarget } from "./attachments-field";

/**
 * The reply under the conversation: the client's, or the agency's (`label`, and `internalLabel` offering an
 * internal note the client never sees). Once sent, the page (revalidated by the action) shows it in the
 * conversation and the field is cleared; a refusal keeps the text, so nothing typed is lost.
 */
export function ReplyForm<Result>({
  action,
  slug,
  ticketId,
  waitingOnClient,
  storage = null,
  label,
  internalLabel,
}: {
  action: (state: ActionState<Result>, formData: FormData) => Promise<ActionState<Result>>;
  slug: string;
  ticketId: string;
  /** The agency asked the client something: say so above the field. */
  waitingOnClient: boolean;
  /** The room for attachments; null (or absent) when this session may not upload (a "view as", the agency). */
  storage?: AttachmentTarget["storage"] | null;
  /** The field's label when it is not the client's ("Your reply"). */
  label?: string;
  /** Offers the agency's internal note: a checkbox named `internal`. */
  internalLabel?: string;
}) {
  const { t } = useI18n();
  const copy = t.tickets.reply;
  const [state, formAction] = useActionState(action, idleState);
  const body = submittedValue(state, "body") ?? "";
  const error = fieldError(state, "body") && (body.trim() === "" ? copy.required : copy.tooLong);
  const attachments = useMessageAttachments({ slug, storage: storage ?? { used: 0, limit: null } });
  const { reset } = attachments;
  // Posted: the conversation now shows the files, so the field starts empty for the next reply.
  useEffect(() => {
    if (state.status === "success") reset();
  }, [state, reset]);
  return (
    <form action={formAction} noValidate className="grid gap-3">
      <input type="hidden" name="org" value={slug} />
      <input type="hidden" name="ticketId" value={ticketId} />
      {waitingOnClient ? (
        <p className="rounded-lg border border-warning/30 bg-warning-soft px-4 py-3 text-sm font-medium text-warning">
          {copy.waiting}
        </p>
      ) : null}
      <LiveMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "success" ? copy.sent : state.status === "error" && !error ? state.error.message : null}
      </LiveMessage>
      <TextAreaField
        label={label ?? copy.label}
        name="body"
        required
        rows={5}
        maxLength={MESSAGE_MAX}
        defaultValue={body}
        hint={copy.hint}
        error={error || undefined}
      />
      {storage ? <AttachmentsField attachments={attachments} /> : null}
      {internalLabel ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="internal" className="size-4" />
          {internalLabel}
        </label>
      ) : null}
      <div>
        <SubmitButton fullWidth={false} disabled={attachments.busy}>
          {copy.submit}
        </SubmitButton>
      </div>
    </form>
  );
}
