"use client";

import { useActionState } from "react";
import { idleState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SelectField } from "@/src/components/ui/select-field";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import { LimitReached } from "@/src/usage/components/limit-reached";
import { requestPerformanceRun } from "../actions/request-performance-run";

/**
 * "Measure now", for owners and admins: pick an active domain and ask for a run. The plan's daily allowance,
 * once used (here or as the database's refusal), replaces the form with why and the upgrade; a domain already
 * being measured is refused with words of its own.
 */
export function MeasureNowForm({
  slug,
  domains,
  used,
  allowance,
  planName,
}: {
  slug: string;
  domains: { id: string; name: string }[];
  used: number;
  allowance: number;
  planName: string;
}) {
  const { t } = useI18n();
  const copy = t.performance.measureNow;
  const [state, formAction] = useActionState(requestPerformanceRun, idleState);
  const failure = state.status === "error" ? state.error : null;
  const limit = failure?.code === "tier_limit_exceeded" ? failure.tierLimit : undefined;
  const usage = formatMessage(copy.usage, {
    used: limit ? limit.usage : used,
    limit: limit?.value ?? allowance,
    plan: planName,
  });

  if (limit || used >= allowance) {
    return (
      <LimitReached
        headingLevel={3}
        title={copy.limitTitle}
        message={usage}
        body={copy.limitBody}
        upgradeHref={`/app/${slug}/billing`}
        upgradeLabel={t.workspace.limits.upgradeCta}
      />
    );
  }
  if (domains.length === 0) return <p className="text-sm text-fg-muted">{copy.noDomains}</p>;
  return (
    <form action={formAction} noValidate className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
      <input type="hidden" name="org" value={slug} />
      <SelectField label={copy.domain} name="domainId" defaultValue={domains[0]!.id}>
        {domains.map((domain) => (
          <option key={domain.id} value={domain.id}>
            {domain.name}
          </option>
        ))}
      </SelectField>
      <SubmitButton fullWidth={false}>{copy.submit}</SubmitButton>
      <p className="text-xs text-fg-muted sm:col-span-2">{usage}</p>
      <div className="sm:col-span-2">
        <LiveMessage tone={state.status === "error" ? "error" : "success"}>
          {state.status === "success"
            ? copy.queued
            : failure?.code === "conflict"
              ? copy.pending
              : (failure?.message ?? null)}
        </LiveMessage>
      </div>
    </form>
  );
}
