"use client";

import { useActionState } from "react";
import { fieldError, idleState, submittedValue } from "../actions/action-state";
import { formatMessage } from "../i18n/format-message";
import { useI18n } from "../i18n/i18n-provider";
import { Icon } from "../components/ui/icons";
import { LiveMessage } from "../components/ui/live-message";
import { SubmitButton } from "../components/ui/submit-button";
import { TextField } from "../components/ui/text-field";
import { createOrganization } from "./create-organization";

/** "Create your organization", prefilled from the analyzed site when the sign-up came from a report. */
export function CreateOrganizationForm({
  defaultName,
  analysis,
}: {
  defaultName: string;
  analysis: { id: string; host: string } | null;
}) {
  const { t } = useI18n();
  const copy = t.analyzerPages.onboarding;
  const [state, action] = useActionState(createOrganization, idleState);
  return (
    <section
      aria-labelledby="onboarding-title"
      className="rounded-2xl border border-border bg-surface p-6 shadow-sm sm:p-8"
    >
      <span className="inline-flex size-10 items-center justify-center rounded-lg bg-accent-soft text-accent-text">
        <Icon name="building" />
      </span>
      <h2 id="onboarding-title" className="mt-4 text-xl font-semibold tracking-tight">
        {copy.title}
      </h2>
      <p className="mt-1.5 text-sm text-fg-muted">{copy.body}</p>
      <form action={action} noValidate className="mt-6 grid max-w-md gap-4">
        <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
        <TextField
          label={copy.nameLabel}
          name="name"
          autoComplete="organization"
          required
          maxLength={200}
          defaultValue={submittedValue(state, "name") ?? defaultName}
          hint={copy.nameHint}
          error={fieldError(state, "name")}
        />
        {analysis ? (
          <>
            <input type="hidden" name="analysisId" value={analysis.id} />
            <p className="flex items-start gap-2 rounded-lg bg-accent-soft px-3 py-2.5 text-sm text-accent-text">
              <Icon name="gauge" className="mt-0.5 size-4 shrink-0" />
              {formatMessage(copy.importNote, { host: analysis.host })}
            </p>
          </>
        ) : null}
        <SubmitButton>{copy.submit}</SubmitButton>
      </form>
    </section>
  );
}
