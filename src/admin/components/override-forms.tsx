"use client";

import { useActionState } from "react";
import { fieldError, idleState, type ActionState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextField } from "@/src/components/ui/text-field";
import { useI18n } from "@/src/i18n/i18n-provider";
import type { LimitKey } from "@/src/workspace/require-workspace";
import { clearLimitOverride } from "../actions/clear-limit-override";
import { setLimitOverride } from "../actions/set-limit-override";

type OverrideAction = (
  state: ActionState<{ limitKey: LimitKey }>,
  form: FormData,
) => Promise<ActionState<{ limitKey: LimitKey }>>;

function ReasonForm({
  action,
  slug,
  limitKey,
  withValue,
  submit,
  done,
}: {
  action: OverrideAction;
  slug: string;
  limitKey: LimitKey;
  withValue: boolean;
  submit: string;
  done: string;
}) {
  const { t } = useI18n();
  const copy = t.agency.client;
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate className="grid gap-3">
      <input type="hidden" name="org" value={slug} />
      <input type="hidden" name="limitKey" value={limitKey} />
      <LiveMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "success"
          ? done
          : state.status === "error" && !state.error.fields
            ? state.error.message
            : null}
      </LiveMessage>
      {withValue ? (
        <TextField
          label={copy.overrideValue}
          name="value"
          type="number"
          min={0}
          inputMode="numeric"
          error={fieldError(state, "value")}
        />
      ) : null}
      <TextField
        label={copy.reason}
        name="reason"
        required
        minLength={10}
        maxLength={500}
        hint={copy.reasonHint}
        error={fieldError(state, "reason")}
      />
      <div>
        <SubmitButton fullWidth={false} variant={withValue ? "primary" : "danger"}>
          {submit}
        </SubmitButton>
      </div>
    </form>
  );
}

/** A staff admin's controls on one limit: set an override, or clear the one there is; each with a reason. */
export function OverrideForms({
  slug,
  limitKey,
  hasOverride,
}: {
  slug: string;
  limitKey: LimitKey;
  hasOverride: boolean;
}) {
  const { t } = useI18n();
  const copy = t.agency.client;
  const limitName = t.workspace.limits[limitKey];
  return (
    <div className="flex flex-wrap gap-2">
      <details className="group w-full">
        <summary className="cursor-pointer text-sm font-medium text-accent-text">
          {copy.setOverride}
          <span className="sr-only">: {limitName}</span>
        </summary>
        <div className="mt-3">
          <ReasonForm
            action={setLimitOverride}
            slug={slug}
            limitKey={limitKey}
            withValue
            submit={copy.saveOverride}
            done={copy.overrideSaved}
          />
        </div>
      </details>
      {hasOverride ? (
        <details className="w-full">
          <summary className="cursor-pointer text-sm font-medium text-danger">
            {copy.clearOverride}
            <span className="sr-only">: {limitName}</span>
          </summary>
          <div className="mt-3">
            <ReasonForm
              action={clearLimitOverride}
              slug={slug}
              limitKey={limitKey}
              withValue={false}
              submit={copy.clearOverride}
              done={copy.overrideCleared}
            />
          </div>
        </details>
      ) : null}
    </div>
  );
}
