"use client";

import { useActionState, useState } from "react";
import { fieldError, idleState, submittedValue, type ActionState } from "@/src/actions/action-state";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SelectField } from "@/src/components/ui/select-field";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextField } from "@/src/components/ui/text-field";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import { createApiKey } from "../actions/create-api-key";
import { apiKeyAccessLevels } from "../api-key-access";
import type { CreatedApiKey } from "../mutations/create-api-key";

/**
 * "New key": name, access and an optional last day. A created key is shown here once, selectable and with a
 * copy button; it lives only in this component's state, so leaving the page forgets it.
 */
export function CreateApiKeyForm({ slug, today }: { slug: string; today: string }) {
  const { t } = useI18n();
  const copy = t.apiKeys;
  const [state, formAction] = useActionState<ActionState<CreatedApiKey>, FormData>(createApiKey, idleState);
  const [copied, setCopied] = useState<string | null>(null);
  const created = state.status === "success" ? state.data : null;

  return (
    <div className="grid gap-5">
      {created ? (
        <div role="status" className="grid gap-3 rounded-lg border border-success/40 bg-success-soft p-4 text-sm">
          <div>
            <p className="font-semibold">{formatMessage(copy.created.title, { name: created.name })}</p>
            <p className="mt-1">{copy.created.body}</p>
          </div>
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1 basis-64">
              <TextField
                label={copy.created.label}
                name="createdKey"
                readOnly
                value={created.key}
                spellCheck={false}
                inputClassName="font-mono text-xs"
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
            <button
              type="button"
              className={buttonStyles({ variant: "secondary" })}
              onClick={async () => {
                await navigator.clipboard.writeText(created.key);
                setCopied(created.id);
              }}
            >
              {copy.created.copy}
            </button>
          </div>
          <p aria-live="polite" className="empty:hidden">
            {copied === created.id ? copy.created.copied : null}
          </p>
        </div>
      ) : null}
      <form action={formAction} noValidate className="grid gap-4">
        <input type="hidden" name="org" value={slug} />
        <LiveMessage tone="error">
          {state.status === "error" && !state.error.fields && state.error.code !== "invalid_input"
            ? state.error.message
            : null}
        </LiveMessage>
        <div className="grid items-start gap-4 md:grid-cols-3">
          <TextField
            label={copy.create.name}
            name="name"
            required
            maxLength={100}
            autoComplete="off"
            hint={copy.create.nameHint}
            defaultValue={submittedValue(state, "name")}
            error={fieldError(state, "name") ? copy.create.nameInvalid : undefined}
          />
          <SelectField
            key={`${state.status}-${submittedValue(state, "access") ?? "read"}`}
            label={copy.create.access}
            name="access"
            defaultValue={submittedValue(state, "access") ?? "read"}
          >
            {apiKeyAccessLevels.map((level) => (
              <option key={level} value={level}>
                {copy.create.accessLevels[level]}
              </option>
            ))}
          </SelectField>
          <TextField
            label={copy.create.expiresOn}
            name="expiresOn"
            type="date"
            min={today}
            hint={copy.create.expiresOnHint}
            defaultValue={submittedValue(state, "expiresOn")}
            error={
              fieldError(state, "expiresOn") ||
              (state.status === "error" && state.error.code === "invalid_input" && !state.error.fields)
                ? copy.create.expiresOnInvalid
                : undefined
            }
          />
        </div>
        <div>
          <SubmitButton fullWidth={false}>{copy.create.submit}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
