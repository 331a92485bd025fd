"use client";

import { useActionState } from "react";
import { fieldError, idleState, submittedValue } from "@/src/actions/action-state";
import type { CampaignPlatform } from "@/src/campaigns/campaign-platforms";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SelectField } from "@/src/components/ui/select-field";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextField } from "@/src/components/ui/text-field";
import { useI18n } from "@/src/i18n/i18n-provider";
import { connectAdAccount } from "../actions/connect-ad-account";

/**
 * Staff connect one of the client's ad accounts: only the platforms the plan includes are offered (the
 * database refuses the others anyway). The token field is a password input and is never sent back.
 */
export function ConnectAdAccountForm({ slug, platforms }: { slug: string; platforms: CampaignPlatform[] }) {
  const { t } = useI18n();
  const copy = t.connections;
  const [state, formAction] = useActionState(connectAdAccount, idleState);
  return (
    <form action={formAction} noValidate className="grid gap-3">
      <input type="hidden" name="org" value={slug} />
      <SelectField
        label={copy.admin.platform}
        name="platform"
        defaultValue={submittedValue(state, "platform") ?? platforms[0]}
        error={fieldError(state, "platform")}
      >
        {platforms.map((platform) => (
          <option key={platform} value={platform}>
            {copy.platforms[platform]}
          </option>
        ))}
      </SelectField>
      <TextField
        label={copy.admin.accountId}
        name="externalAccountId"
        required
        inputMode="numeric"
        autoComplete="off"
        hint={copy.admin.accountIdHint}
        defaultValue={submittedValue(state, "externalAccountId")}
        error={fieldError(state, "externalAccountId")}
      />
      <TextField
        label={copy.admin.loginCustomerId}
        name="loginCustomerId"
        inputMode="numeric"
        autoComplete="off"
        hint={copy.admin.loginCustomerIdHint}
        defaultValue={submittedValue(state, "loginCustomerId")}
        error={fieldError(state, "loginCustomerId")}
      />
      <TextField
        label={copy.admin.displayName}
        name="displayName"
        required
        maxLength={120}
        defaultValue={submittedValue(state, "displayName")}
        error={fieldError(state, "displayName")}
      />
      <TextField
        label={copy.admin.token}
        name="token"
        type="password"
        required
        autoComplete="off"
        hint={copy.admin.tokenHint}
        error={fieldError(state, "token")}
      />
      <div>
        <SubmitButton fullWidth={false}>{copy.admin.connect}</SubmitButton>
      </div>
      <LiveMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "success"
          ? copy.admin.connected
          : state.status === "error" && !state.error.fields
            ? state.error.message
            : null}
      </LiveMessage>
    </form>
  );
}
