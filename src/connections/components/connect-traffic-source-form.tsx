"use client";

import { useActionState } from "react";
import { fieldError, idleState, submittedValue } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextField } from "@/src/components/ui/text-field";
import { useI18n } from "@/src/i18n/i18n-provider";
import { connectTrafficSource } from "../actions/connect-traffic-source";

/** Staff connect the client's Cloudflare zone with an Analytics:Read token (a password input, never sent back). */
export function ConnectTrafficSourceForm({ slug }: { slug: string }) {
  const { t } = useI18n();
  const copy = t.connections.admin;
  const [state, formAction] = useActionState(connectTrafficSource, idleState);
  return (
    <form action={formAction} noValidate className="grid gap-3">
      <input type="hidden" name="org" value={slug} />
      <TextField
        label={copy.zoneId}
        name="zoneId"
        required
        autoComplete="off"
        spellCheck={false}
        hint={copy.zoneIdHint}
        defaultValue={submittedValue(state, "zoneId")}
        error={fieldError(state, "zoneId")}
      />
      <TextField
        label={copy.displayName}
        name="displayName"
        required
        maxLength={120}
        defaultValue={submittedValue(state, "displayName")}
        error={fieldError(state, "displayName")}
      />
      <TextField
        label={copy.apiToken}
        name="token"
        type="password"
        required
        autoComplete="off"
        hint={copy.apiTokenHint}
        error={fieldError(state, "token")}
      />
      <div>
        <SubmitButton fullWidth={false}>{copy.connectSource}</SubmitButton>
      </div>
      <LiveMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "success"
          ? copy.sourceConnected
          : state.status === "error" && !state.error.fields
            ? state.error.message
            : null}
      </LiveMessage>
    </form>
  );
}
