"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { fieldError, idleState, submittedValue, type ActionState } from "@/src/actions/action-state";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SelectField } from "@/src/components/ui/select-field";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextAreaField } from "@/src/components/ui/text-area-field";
import { TextField } from "@/src/components/ui/text-field";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { useI18n } from "@/src/i18n/i18n-provider";
import { LimitReached } from "@/src/usage/components/limit-reached";
import type { ProjectOption } from "../queries/get-project-options";
import { MESSAGE_MAX, SUBJECT_MAX } from "../message-limits";
import { ticketPriorities } from "../ticket-priorities";
import { AttachmentsField, useMessageAttachments, type AttachmentTarget } from "./attachments-field";

/**
 * "New ticket". Field errors are worded here from what was submitted (the shared validation dictionary has no
 * ticket messages). A refusal at the month's limit — another tab took the last ticket meanwhile — replaces the
 * form (and what is beside it) with the same explanation the page gives at the limit: the numbers, the reset
 * date and the upgrade.
 */
export function TicketForm<Result>({
  action,
  slug,
  planName,
  resetsOn,
  projects,
  storage,
  aside,
}: {
  action: (state: ActionState<Result>, formData: FormData) => Promise<ActionState<Result>>;
  slug: string;
  planName: string;
  /** The allowance's reset date, formatted in the organization's time zone. */
  resetsOn: string;
  projects: ProjectOption[];
  /** The room for attachments; null when this session may not upload (a "view as"): no attachments then. */
  storage: AttachmentTarget["storage"] | null;
  /** Shown beside the form (the month's usage, the plan's response time); it goes with the form at the limit. */
  aside?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const copy = t.tickets.form;
  const [state, formAction] = useActionState(action, idleState);
  const value = (field: string, fallback = "") => submittedValue(state, field) ?? fallback;
  const limit = state.status === "error" && state.error.code === "tier_limit_exceeded" ? state.error.tierLimit : null;
  const format = formatters(locale);
  const attachments = useMessageAttachments({ slug, storage: storage ?? { used: 0, limit: null } });

  const errors = {
    subject:
      fieldError(state, "subject") && (value("subject").trim() === "" ? copy.subjectRequired : copy.subjectTooLong),
    description:
      fieldError(state, "description") &&
      (value("description").trim() === "" ? copy.descriptionRequired : copy.descriptionTooLong),
    priority: fieldError(state, "priority") && copy.priorityInvalid,
    // The only input the server refuses after validation: a project that is not (or no longer) this organization's.
    projectId:
      (fieldError(state, "projectId") ||
        (state.status === "error" && state.error.code === "invalid_input" && !state.error.fields)) &&
      copy.projectInvalid,
  };

  return (
    <div className="grid gap-4">
      <div aria-live="polite" aria-atomic="true" className="empty:absolute">
        {limit ? (
          <LimitReached
            title={t.tickets.limit.title}
            message={formatMessage(t.tickets.limit.message, {
              used: format.number(limit.usage),
              limit: format.number(limit.value ?? limit.usage),
              plan: planName,
            })}
            body={formatMessage(t.tickets.limit.body, { date: resetsOn })}
            upgradeHref={`/app/${slug}/billing`}
            upgradeLabel={t.workspace.limits.upgradeCta}
          />
        ) : null}
      </div>
      {limit ? null : (
        <div className="grid items-start gap-6 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <form
              action={formAction}
              noValidate
              className="grid gap-5 rounded-xl border border-border bg-surface p-5 shadow-xs sm:p-6"
            >
              <input type="hidden" name="org" value={slug} />
              <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
              <TextField
                label={copy.subject}
                name="subject"
                required
                maxLength={SUBJECT_MAX}
                autoComplete="off"
                defaultValue={value("subject")}
                hint={copy.subjectHint}
                error={errors.subject || undefined}
              />
              <TextAreaField
                label={copy.descriptionLabel}
                name="description"
                required
                rows={8}
                maxLength={MESSAGE_MAX}
                defaultValue={value("description")}
                hint={copy.descriptionHint}
                error={errors.description || undefined}
              />
              <div className="grid items-start gap-5 sm:grid-cols-2">
                <SelectField
                  label={copy.priority}
                  name="priority"
                  defaultValue={value("priority", "normal")}
                  hint={copy.priorityHint}
                  error={errors.priority || undefined}
                >
                  {ticketPriorities.map((priority) => (
                    <option key={priority} value={priority}>
                      {t.tickets.priorities[priority]}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  label={copy.project}
                  name="projectId"
                  defaultValue={value("projectId")}
                  error={errors.projectId || undefined}
                >
                  <option value="">{copy.noProject}</option>
                  {projects.map((project) => (
                    <option key={project.id} value={project.id}>
                      {project.name}
                    </option>
                  ))}
                </SelectField>
              </div>
              {storage ? <AttachmentsField attachments={attachments} /> : null}
              <div className="flex flex-wrap items-center gap-3">
                <SubmitButton fullWidth={false} disabled={attachments.busy}>
                  {copy.submit}
                </SubmitButton>
                <Link href={`/app/${slug}/tickets`} className={buttonStyles({ variant: "ghost" })}>
                  {copy.cancel}
                </Link>
              </div>
            </form>
          </div>
          {aside}
        </div>
      )}
    </div>
  );
}
