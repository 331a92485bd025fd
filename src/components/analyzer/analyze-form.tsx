"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useI18n } from "../../i18n/i18n-provider";
import { CaptchaField } from "../captcha/captcha-field";
import { Icon } from "../ui/icons";
import { LiveMessage } from "../ui/live-message";
import { TextField } from "../ui/text-field";
import { normalizeEmail } from "../../analyzer/normalize-email";
import { MAX_URL_LENGTH, normalizeUrl } from "../../analyzer/normalize-url";
import { checkAnalysisInput } from "./check-analysis-input";
import { ConsentCheckbox, consentTextVersion } from "./consent-checkbox";
import { PendingButton } from "./pending-button";
import { acceptedAnalysis, postToAnalyzerApi } from "./post-to-analyzer-api";
import { rememberEmail } from "./remembered-email";
import { submitError, type FormErrors } from "./submit-error";
import { utmParameters } from "./utm-parameters";

/**
 * The analyzer's entry form. Checks what it can before sending (the same rules as the API), shows the
 * address as it will be analyzed (https:// added), and on acceptance opens the report page, which follows
 * the progress.
 */
export function AnalyzeForm() {
  const { t, locale } = useI18n();
  const copy = t.analyzerPages;
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [pending, setPending] = useState(false);
  // Counts refused sends: the CAPTCHA token they carried is spent, so the widget starts over.
  const [refusals, setRefusals] = useState(0);

  const field = (name: "url" | "email") => formRef.current?.elements.namedItem(name) as HTMLInputElement | null;

  function show(next: FormErrors) {
    setErrors(next);
    if (next.url) field("url")?.focus();
    else if (next.email) field("email")?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const url = checkAnalysisInput(() => normalizeUrl(String(data.get("url") ?? "")), t);
    const email = checkAnalysisInput(() => normalizeEmail(String(data.get("email") ?? "")), t);
    const consent = data.get("consent") === "yes";
    const captchaToken = String(data.get("captchaToken") ?? "");
    if ("error" in url || "error" in email || (consent && !email.value)) {
      return show({
        url: "error" in url ? url.error : undefined,
        email: "error" in email ? email.error : consent && !email.value ? copy.validation.emailRequired : undefined,
      });
    }

    // The address as it will be analyzed (https:// added, host lowercased), so what the report names is no surprise.
    const urlInput = field("url");
    if (urlInput) urlInput.value = url.value;
    setErrors({});
    setPending(true);
    const outcome = await postToAnalyzerApi(
      "/api/analyze",
      {
        url: url.value,
        ...(email.value ? { email: email.value, consent, ...(consent ? { consentTextVersion } : {}) } : {}),
        locale,
        utm: utmParameters(window.location.search),
        ...(captchaToken ? { captchaToken } : {}),
      },
      acceptedAnalysis,
    );
    if (outcome.ok) {
      if (email.value) rememberEmail(email.value);
      // Stays busy while the report page loads.
      router.push(`/r/${outcome.data.id}`);
      return;
    }
    setPending(false);
    setRefusals((count) => count + 1);
    show(submitError(outcome, t, locale));
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-5" aria-describedby="analyze-duration">
      <LiveMessage tone="error">{errors.form}</LiveMessage>
      <TextField
        label={copy.analyze.urlLabel}
        name="url"
        type="text"
        inputMode="url"
        autoComplete="url"
        autoCapitalize="none"
        spellCheck={false}
        required
        maxLength={MAX_URL_LENGTH}
        placeholder={copy.analyze.urlPlaceholder}
        hint={copy.analyze.urlHint}
        error={errors.url}
        inputClassName="min-h-12 text-base"
      />
      <TextField
        label={
          <>
            {copy.analyze.emailLabel} <span className="font-normal text-fg-muted">({copy.analyze.optional})</span>
          </>
        }
        name="email"
        type="email"
        autoComplete="email"
        hint={copy.analyze.emailHint}
        error={errors.email}
      />
      <ConsentCheckbox />
      <CaptchaField attempt={refusals} />
      <PendingButton pending={pending} pendingLabel={copy.analyze.submitting}>
        <Icon name="gauge" className="size-4" />
        {copy.analyze.submit}
      </PendingButton>
      <p id="analyze-duration" className="text-center text-xs text-fg-muted">
        {copy.analyze.duration}
      </p>
    </form>
  );
}
