"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatMessage } from "../../i18n/format-message";
import { useI18n } from "../../i18n/i18n-provider";
import { buttonStyles } from "../ui/button-styles";
import { Icon } from "../ui/icons";
import { LiveMessage } from "../ui/live-message";
import { Spinner } from "../ui/spinner";
import { acceptedAnalysis, postToAnalyzerApi } from "./post-to-analyzer-api";
import { submitError } from "./submit-error";

/** A failed analysis: why, in words the visitor understands, and a one-click retry of the same address. */
export function FailedView({ host, url, reason }: { host: string; url: string; reason: string }) {
  const { t, locale } = useI18n();
  const copy = t.analyzerPages.failed;
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function retry() {
    setPending(true);
    setError(undefined);
    const outcome = await postToAnalyzerApi("/api/analyze", { url, locale }, acceptedAnalysis);
    if (outcome.ok) return router.push(`/r/${outcome.data.id}`);
    setPending(false);
    const failure = submitError(outcome, t, locale);
    setError(failure.form ?? failure.url ?? failure.email);
  }

  return (
    <div className="mx-auto grid max-w-2xl gap-6 px-4 py-14 sm:px-6 sm:py-20">
      <div className="rounded-2xl border border-border bg-surface p-6 shadow-sm sm:p-8">
        <span className="inline-flex size-10 items-center justify-center rounded-lg bg-danger-soft text-danger">
          <Icon name="activity" />
        </span>
        <h1 id="failed-title" tabIndex={-1} className="mt-4 text-2xl font-semibold tracking-tight text-balance">
          {formatMessage(copy.title, { host })}
        </h1>
        <p className="mt-1 truncate text-sm text-fg-muted">{url}</p>
        <p className="mt-4">{reason}</p>
        <div className="mt-6 grid gap-4">
          <LiveMessage tone="error">{error}</LiveMessage>
          <div className="flex flex-wrap gap-3">
            <button type="button" onClick={retry} disabled={pending} aria-busy={pending} className={buttonStyles()}>
              {pending ? <Spinner /> : <Icon name="refresh" className="size-4" />}
              {copy.tryAgain}
            </button>
            <Link href="/analyze" className={buttonStyles({ variant: "secondary" })}>
              {copy.analyzeAnother}
            </Link>
          </div>
        </div>
      </div>
    </div>
  );
}
