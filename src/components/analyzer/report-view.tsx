"use client";

import Link from "next/link";
import { formatMessage } from "../../i18n/format-message";
import { useI18n } from "../../i18n/i18n-provider";
import { buttonStyles } from "../ui/button-styles";
import { Icon } from "../ui/icons";
import { LiveMessage } from "../ui/live-message";
import type { AnalysisView } from "./analysis-status";
import { EmailGateForm } from "./email-gate-form";
import { FailedAudits } from "./failed-audits";
import { formatDateTime, reportHost } from "./format-report-values";
import { MetricCards } from "./metric-cards";
import { OpportunityList } from "./opportunity-list";
import { PageSnapshot } from "./page-snapshot";
import { ReportSection } from "./report-section";
import { ScoreGauges } from "./score-gauges";
import { SignUpCta } from "./sign-up-cta";

/**
 * The shareable report. Everyone with the link sees the scores and the screenshot; the metrics,
 * opportunities, failed audits and the PDF open once an email was given for the analysis.
 */
export function ReportView({
  view,
  unlockedEmail,
  onUnlocked,
}: {
  view: AnalysisView;
  unlockedEmail: string | null;
  onUnlocked: (email: string) => Promise<void>;
}) {
  const { t, locale } = useI18n();
  const copy = t.analyzerPages.report;
  const finalUrl = view.finalUrl ?? view.url;
  const host = reportHost(finalUrl);
  const { full } = view;
  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 sm:py-14">
      <header className="flex flex-col gap-5 md:flex-row md:items-end md:justify-between">
        <div className="min-w-0">
          <p className="text-sm font-semibold text-accent-text">{copy.eyebrow}</p>
          <h1
            id="report-title"
            tabIndex={-1}
            className="mt-2 text-3xl font-semibold tracking-tight break-words sm:text-4xl"
          >
            {formatMessage(copy.heading, { host })}
          </h1>
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-fg-muted">
            <li className="min-w-0 max-w-full truncate">
              {copy.finalUrl}:{" "}
              <a href={finalUrl} rel="nofollow noopener noreferrer" className="rounded text-fg underline">
                {finalUrl}
              </a>
            </li>
            {full ? <li>{formatMessage(copy.analyzedAt, { date: formatDateTime(full.fetchedAt, locale) })}</li> : null}
            {full ? <li>{formatMessage(copy.lighthouseVersion, { version: full.lighthouseVersion })}</li> : null}
          </ul>
        </div>
        <div className="flex shrink-0 flex-wrap gap-3">
          {view.emailGiven ? (
            <a href={`/r/${view.id}/pdf?lang=${locale}`} download className={buttonStyles()}>
              <Icon name="download" className="size-4" />
              {copy.downloadPdf}
            </a>
          ) : null}
          <Link href="/analyze" className={buttonStyles({ variant: "secondary" })}>
            {copy.analyzeAnother}
          </Link>
        </div>
      </header>

      <div className="grid items-start gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="grid min-w-0 gap-10">
          <section
            aria-labelledby="scores-title"
            className="rounded-2xl border border-border bg-surface p-6 shadow-sm sm:p-8"
          >
            <h2 id="scores-title" className="text-xl font-semibold tracking-tight">
              {copy.scoresHeading}
            </h2>
            <p className="mt-1 text-sm text-fg-muted">{copy.scoresIntro}</p>
            <div className="mt-6">{view.scores ? <ScoreGauges scores={view.scores} copy={copy} /> : null}</div>
          </section>

          <LiveMessage tone="success">
            {unlockedEmail && full ? formatMessage(t.analyzerPages.gate.done, { email: unlockedEmail }) : null}
          </LiveMessage>

          {full ? (
            <>
              <ReportSection id="metrics-title" title={copy.metricsHeading} intro={copy.metricsIntro}>
                <MetricCards metrics={full.metrics} copy={copy} locale={locale} />
              </ReportSection>
              <ReportSection id="opportunities-title" title={copy.opportunitiesHeading} intro={copy.opportunitiesIntro}>
                <OpportunityList opportunities={full.opportunities} copy={copy} locale={locale} />
              </ReportSection>
              <ReportSection id="audits-title" title={copy.auditsHeading} intro={copy.auditsIntro}>
                <FailedAudits failedAudits={full.failedAudits} copy={copy} locale={locale} />
              </ReportSection>
            </>
          ) : view.emailGiven ? null : (
            <EmailGateForm analysisId={view.id} onUnlocked={onUnlocked} />
          )}
        </div>
        <aside className="grid gap-6 lg:sticky lg:top-6">
          <PageSnapshot host={host} screenshotUrl={view.screenshotUrl} full={full} copy={copy} locale={locale} />
        </aside>
      </div>

      <SignUpCta analysisId={view.id} />
    </div>
  );
}
