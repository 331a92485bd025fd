"use client";

import { useEffect, useRef, useState } from "react";
import { describeAnalysisFailure } from "../../analyzer/describe-analysis-failure";
import { formatMessage } from "../../i18n/format-message";
import { useI18n } from "../../i18n/i18n-provider";
import type { AnalysisView as AnalysisViewData } from "./analysis-status";
import { FailedView } from "./failed-view";
import { reportHost } from "./format-report-values";
import { ProgressView } from "./progress-view";
import { ReportView } from "./report-view";
import { isRunning, useAnalysisPolling } from "./use-analysis-polling";

/**
 * The page behind /r/:id: progress while the analysis runs, then the report or the failure. When it finishes
 * while the visitor watches, focus moves to the new heading so screen readers announce the outcome.
 */
export function AnalysisView({ initial }: { initial: AnalysisViewData }) {
  const { t } = useI18n();
  const { view, connectionLost, refresh } = useAnalysisPolling(initial);
  const [unlockedEmail, setUnlockedEmail] = useState<string | null>(null);
  const watched = useRef(isRunning(initial.status));
  const host = reportHost(view.finalUrl ?? view.url);

  useEffect(() => {
    if (!watched.current || isRunning(view.status)) return;
    watched.current = false;
    if (view.status === "done") {
      document.title = `${formatMessage(t.analyzerPages.meta.reportTitle, { host })} · ${t.common.appName}`;
    }
    document.getElementById(view.status === "done" ? "report-title" : "failed-title")?.focus();
  }, [view.status, host, t]);

  useEffect(() => {
    // The gate form that had focus is gone: continue where the report it unlocked begins.
    if (unlockedEmail) document.getElementById("metrics-title")?.focus();
  }, [unlockedEmail]);

  async function onUnlocked(email: string) {
    try {
      await refresh();
      setUnlockedEmail(email);
    } catch {
      // The email is recorded; reading the report again from scratch shows it in full.
      window.location.reload();
    }
  }

  if (view.status === "failed") {
    const reason = view.failureReason && describeAnalysisFailure(view.failureReason, t.analysisFailures);
    return <FailedView host={host} url={view.url} reason={reason || t.analyzerPages.failed.fallbackReason} />;
  }
  if (view.status === "done") {
    return <ReportView view={view} unlockedEmail={unlockedEmail} onUnlocked={onUnlocked} />;
  }
  return (
    <ProgressView
      host={host}
      url={view.url}
      progress={view.progress}
      stage={view.stage}
      connectionLost={connectionLost}
    />
  );
}
