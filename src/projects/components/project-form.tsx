"use client";

import Link from "next/link";
import { useActionState } from "react";
import { fieldError, idleState, submittedValue, type ActionState } from "@/src/actions/action-state";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextField } from "@/src/components/ui/text-field";
import { formatters } from "@/src/i18n/formatters";
import { useI18n } from "@/src/i18n/i18n-provider";
import { isIsoDate } from "../iso-date";
import { LimitReached, limitReachedMessage } from "@/src/usage/components/limit-reached";
import { TextAreaField } from "@/src/components/ui/text-area-field";

export interface ProjectFormDefaults {
  id: string;
  name: string;
  description: string | null;
  startDate: string | null;
  dueDate: string | null;
}

/**
 * The project form, for "New project" (no `project`) and "Edit project". Field errors are worded here from
 * what was submitted, since the shared validation dictionary has no project-specific messages. A refusal at
 * the plan's limit (another admin took the last slot meanwhile) replaces the form with the upgrade offer.
 */
export function ProjectForm<Result>({
  action,
  slug,
  planName,
  submitLabel,
  cancelHref,
  project,
}: {
  action: (state: ActionState<Result>, formData: FormData) => Promise<ActionState<Result>>;
  slug: string;
  planName: string;
  submitLabel: string;
  cancelHref: string;
  project?: ProjectFormDefaults;
}) {
  const { t, locale } = useI18n();
  const copy = t.projects.form;
  const [state, formAction] = useActionState(action, idleState);
  const value = (field: keyof Omit<ProjectFormDefaults, "id">) =>
    submittedValue(state, field) ?? project?.[field] ?? "";
  const limit = state.status === "error" && state.error.code === "tier_limit_exceeded" ? state.error.tierLimit : null;

  const start = value("startDate");
  const due = value("dueDate");
  const errors = {
    name: fieldError(state, "name") && (value("name").trim() === "" ? copy.nameRequired : copy.nameTooLong),
    description: fieldError(state, "description") && copy.descriptionTooLong,
    startDate: fieldError(state, "startDate") && copy.dateInvalid,
    dueDate:
      fieldError(state, "dueDate") &&
      (isIsoDate(start) && isIsoDate(due) && due < start ? copy.dueBeforeStart : copy.dateInvalid),
  };

  return (
    <div className="grid max-w-2xl gap-4">
      <div aria-live="polite" aria-atomic="true" className="empty:absolute">
        {limit ? (
          <LimitReached
            title={t.projects.limit.title}
            message={limitReachedMessage(t, formatters(locale), {
              limit: "projects",
              value: limit.value,
              usage: limit.usage,
              planName,
            })}
            body={t.projects.limit.body}
            upgradeHref={`/app/${slug}/billing`}
            upgradeLabel={t.workspace.limits.upgradeCta}
          />
        ) : null}
      </div>
      {limit ? null : (
        <form
          action={formAction}
          noValidate
          className="grid gap-5 rounded-xl border border-border bg-surface p-5 shadow-xs sm:p-6"
        >
          <input type="hidden" name="org" value={slug} />
          {project ? <input type="hidden" name="id" value={project.id} /> : null}
          <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
          <TextField
            label={copy.name}
            name="name"
            required
            maxLength={120}
            autoComplete="off"
            defaultValue={value("name")}
            hint={copy.nameHint}
            error={errors.name || undefined}
          />
          <TextAreaField
            label={copy.descriptionLabel}
            name="description"
            rows={5}
            maxLength={2000}
            defaultValue={value("description")}
            hint={copy.descriptionHint}
            error={errors.description || undefined}
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              label={copy.start}
              name="startDate"
              type="date"
              defaultValue={start}
              error={errors.startDate || undefined}
            />
            <TextField
              label={copy.due}
              name="dueDate"
              type="date"
              defaultValue={due}
              error={errors.dueDate || undefined}
            />
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton fullWidth={false}>{submitLabel}</SubmitButton>
            <Link href={cancelHref} className={buttonStyles({ variant: "ghost" })}>
              {copy.cancel}
            </Link>
          </div>
        </form>
      )}
    </div>
  );
}
