"use client";

import Link from "next/link";
import { useActionState } from "react";
import { fieldError, idleState, submittedValue } from "@/src/actions/action-state";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { Icon } from "@/src/components/ui/icons";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextField } from "@/src/components/ui/text-field";
import { formatters } from "@/src/i18n/formatters";
import { useI18n } from "@/src/i18n/i18n-provider";
import { LimitReached, limitReachedMessage } from "@/src/usage/components/limit-reached";
import { addDomain } from "../actions/add-domain";
import { MAX_DOMAIN_LENGTH, normalizeDomainName } from "../domain-name";

/**
 * "Add domain". The field's errors are worded here (the shared validation dictionary has no domain messages):
 * empty, too long once normalized, not a hostname, or already added (`conflict`). A refusal at the plan's
 * limit (another admin took the last slot meanwhile) replaces the form with the upgrade offer.
 */
export function AddDomainForm({ slug, planName, cancelHref }: { slug: string; planName: string; cancelHref: string }) {
  const { t, locale } = useI18n();
  const copy = t.domains.form;
  const [state, formAction] = useActionState(addDomain, idleState);
  const typed = submittedValue(state, "name") ?? "";
  const failure = state.status === "error" ? state.error : null;
  const limit = failure?.code === "tier_limit_exceeded" ? failure.tierLimit : undefined;
  const duplicate = failure?.code === "conflict";
  const nameError = duplicate
    ? copy.duplicate
    : fieldError(state, "name")
      ? typed.trim() === ""
        ? copy.nameRequired
        : normalizeDomainName(typed).length > MAX_DOMAIN_LENGTH
          ? copy.nameTooLong
          : copy.nameInvalid
      : undefined;

  return (
    <div className="grid max-w-2xl gap-4">
      <div aria-live="polite" aria-atomic="true" className="empty:absolute">
        {limit ? (
          <LimitReached
            title={t.domains.limit.title}
            message={limitReachedMessage(t, formatters(locale), {
              limit: "domains",
              value: limit.value,
              usage: limit.usage,
              planName,
            })}
            body={t.domains.limit.body}
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
          <LiveMessage tone="error">{duplicate ? copy.duplicate : (failure?.message ?? null)}</LiveMessage>
          <TextField
            label={copy.name}
            name="name"
            required
            inputMode="url"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            placeholder={copy.placeholder}
            defaultValue={typed}
            hint={copy.nameHint}
            error={nameError}
          />
          <p className="flex items-start gap-2 rounded-lg bg-accent-soft px-3 py-2.5 text-sm text-accent-text">
            <Icon name="globe" className="mt-0.5 size-4 shrink-0" />
            {copy.note}
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton fullWidth={false}>{copy.submit}</SubmitButton>
            <Link href={cancelHref} className={buttonStyles({ variant: "ghost" })}>
              {copy.cancel}
            </Link>
          </div>
        </form>
      )}
    </div>
  );
}
