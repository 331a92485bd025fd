"use client";

import { useActionState } from "react";
import { fieldError, idleState, submittedValue } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextField } from "@/src/components/ui/text-field";
import { formatters } from "@/src/i18n/formatters";
import { useI18n } from "@/src/i18n/i18n-provider";
import { LimitReached, limitReachedMessage } from "@/src/usage/components/limit-reached";
import { addMonitor } from "../actions/add-monitor";

/**
 * "Add monitor", for owners and admins. A URL already watched answers `conflict`; one past the plan's domain
 * allowance (monitors count against it) replaces the form with the upgrade offer.
 */
export function AddMonitorForm({ slug, planName }: { slug: string; planName: string }) {
  const { t, locale } = useI18n();
  const copy = t.uptime.monitors;
  const [state, formAction] = useActionState(addMonitor, idleState);
  const failure = state.status === "error" ? state.error : null;
  const limit = failure?.code === "tier_limit_exceeded" ? failure.tierLimit : undefined;
  const duplicate = failure?.code === "conflict";

  if (limit) {
    return (
      <LimitReached
        title={copy.limitTitle}
        message={limitReachedMessage(t, formatters(locale), {
          limit: "domains",
          value: limit.value,
          usage: limit.usage,
          planName,
        })}
        body={copy.limitBody}
        upgradeHref={`/app/${slug}/billing`}
        upgradeLabel={t.workspace.limits.upgradeCta}
      />
    );
  }
  return (
    // The key resets the fields once a monitor is added, so the next one starts empty.
    <form
      key={state.status === "success" ? state.data.id : "form"}
      action={formAction}
      noValidate
      className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-start"
    >
      <input type="hidden" name="org" value={slug} />
      <div className="sm:col-span-3">
        <LiveMessage tone="error">{duplicate ? copy.duplicate : (failure?.message ?? null)}</LiveMessage>
      </div>
      <TextField
        label={copy.url}
        name="url"
        type="url"
        required
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://"
        defaultValue={submittedValue(state, "url") ?? ""}
        hint={copy.urlHint}
        error={duplicate ? copy.duplicate : fieldError(state, "url") ? copy.urlInvalid : undefined}
      />
      <TextField
        label={copy.keyword}
        name="keyword"
        autoComplete="off"
        defaultValue={submittedValue(state, "keyword") ?? ""}
        hint={copy.keywordHint}
        error={fieldError(state, "keyword")}
      />
      <div className="sm:pt-6">
        <SubmitButton fullWidth={false}>{copy.add}</SubmitButton>
      </div>
    </form>
  );
}
