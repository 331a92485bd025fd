"use client";

import { useRef, useState, type FormEvent } from "react";
import { z } from "zod/mini";
import { useI18n } from "../../i18n/i18n-provider";
import { CaptchaField } from "../captcha/captcha-field";
import { Icon } from "../ui/icons";
import { LiveMessage } from "../ui/live-message";
import { TextField } from "../ui/text-field";
import { normalizeEmail } from "../../analyzer/normalize-email";
import { checkAnalysisInput } from "./check-analysis-input";
import { ConsentCheckbox, consentTextVersion } from "./consent-checkbox";
import { PendingButton } from "./pending-button";
import { postToAnalyzerApi } from "./post-to-analyzer-api";
import { rememberEmail } from "./remembered-email";
import { submitError, type FormErrors } from "./submit-error";

const given = z.object({ emailGiven: z.literal(true) });

/** The email gate between the scores and the full report: one email (plus optional consent) unlocks the rest. */
export function EmailGateForm({
  analysisId,
  onUnlocked,
}: {
  analysisId: string;
  onUnlocked: (email: string) => Promise<void>;
}) {
  const { t, locale } = useI18n();
  const copy = t.analyzerPages;
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [pending, setPending] = useState(false);
  // Counts refused sends: the CAPTCHA token they carried is spent, so the widget starts over.
  const [refusals, setRefusals] = useState(0);

  function show(next: FormErrors) {
    setErrors(next);
    if (next.email) (formRef.current?.elements.namedItem("email") as HTMLInputElement | null)?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const checked = checkAnalysisInput(() => normalizeEmail(String(data.get("email") ?? "")), t);
    if ("error" in checked) return show({ email: checked.error });
    const email = checked.value;
    if (!email) return show({ email: copy.validation.emailRequired });
    const consent = data.get("consent") === "yes";
    const captchaToken = String(data.get("captchaToken") ?? "");
    setErrors({});
    setPending(true);
    const outcome = await postToAnalyzerApi(
      `/api/analyze/${analysisId}/lead`,
      {
        email,
        consent,
        ...(consent ? { consentTextVersion } : {}),
        locale,
        ...(captchaToken ? { captchaToken } : {}),
      },
      given,
    );
    if (!outcome.ok) {
      setPending(false);
      setRefusals((count) => count + 1);
      return show(submitError(outcome, t, locale));
    }
    rememberEmail(email);
    await onUnlocked(email);
  }

  const unlocks = Object.values(copy.gate.unlocks);
  return (
    <section aria-labelledby="gate-title" className="rounded-2xl border border-accent/30 bg-accent-soft p-6 sm:p-8">
      <div className="grid gap-8 xl:grid-cols-[1fr_22rem]">
        <div>
          <h2 id="gate-title" className="text-xl font-semibold tracking-tight">
            {copy.gate.title}
          </h2>
          <p className="mt-2 text-fg-muted">{copy.gate.body}</p>
          <ul className="mt-5 grid gap-2.5">
            {unlocks.map((item) => (
              <li key={item} className="flex items-start gap-2 text-sm">
                <Icon name="check" className="mt-0.5 size-4 shrink-0 text-accent-text" />
                {item}
              </li>
            ))}
          </ul>
        </div>
        <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-4 rounded-xl bg-surface p-5 shadow-sm">
          <LiveMessage tone="error">{errors.form}</LiveMessage>
          <TextField
            label={copy.analyze.emailLabel}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue=""
            error={errors.email}
          />
          <ConsentCheckbox />
          <CaptchaField attempt={refusals} />
          <PendingButton pending={pending} pendingLabel={copy.analyze.submitting}>
            {copy.gate.submit}
          </PendingButton>
        </form>
      </div>
    </section>
  );
}
