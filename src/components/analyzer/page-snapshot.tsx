/* eslint-disable @next/next/no-img-element -- a short-lived signed Storage URL: nothing for the image optimizer to cache */
import type { AnalysisResult } from "../../analyzer/analysis-result";
import type { Dictionary } from "../../i18n/dictionary";
import { formatMessage } from "../../i18n/format-message";
import type { Locale } from "../../i18n/locales";
import { formatBytes } from "./format-report-values";

/** The page as Lighthouse last saw it, and its weight once the full report is open. */
export function PageSnapshot({
  host,
  screenshotUrl,
  full,
  copy,
  locale,
}: {
  host: string;
  screenshotUrl: string | null;
  full: AnalysisResult | null;
  copy: Dictionary["analyzerPages"]["report"];
  locale: Locale;
}) {
  const stats = full
    ? [
        { label: copy.pageWeight, value: formatBytes(full.pageWeightBytes, locale) },
        { label: copy.requestCount, value: new Intl.NumberFormat(locale).format(full.requestCount) },
        { label: copy.consoleErrors, value: new Intl.NumberFormat(locale).format(full.consoleErrorCount) },
      ]
    : [];
  return (
    <section aria-labelledby="page-title" className="rounded-2xl border border-border bg-surface p-5 shadow-sm">
      <h2 id="page-title" className="font-semibold">
        {copy.pageHeading}
      </h2>
      <div className="mt-4 overflow-hidden rounded-lg border border-border bg-surface-muted">
        {screenshotUrl ? (
          <img
            src={screenshotUrl}
            alt={formatMessage(copy.screenshotAlt, { host })}
            className="aspect-[3/4] w-full object-cover object-top"
          />
        ) : (
          <p className="flex aspect-[3/4] items-center justify-center p-6 text-center text-sm text-fg-muted">
            {copy.noScreenshot}
          </p>
        )}
      </div>
      {stats.length > 0 ? (
        <dl className="mt-4 grid grid-cols-3 gap-3 text-center">
          {stats.map((stat) => (
            <div key={stat.label} className="rounded-lg bg-surface-muted px-2 py-2.5">
              <dt className="text-xs text-fg-muted">{stat.label}</dt>
              <dd className="mt-0.5 text-sm font-semibold">{stat.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
