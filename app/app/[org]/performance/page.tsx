import type { Metadata } from "next";
import { ScoreGauges } from "@/src/components/analyzer/score-gauges";
import { Card } from "@/src/components/ui/card";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { OptionLinks } from "@/src/components/ui/option-links";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { BaselineComparison } from "@/src/performance/components/baseline-comparison";
import { PerformanceRunsCard } from "@/src/performance/components/performance-runs-card";
import { ScoresChart } from "@/src/performance/components/scores-chart";
import { VitalChart } from "@/src/performance/components/vital-chart";
import { dayPoint } from "@/src/performance/day-point";
import {
  chooseMeasuredUrl,
  parsePerformanceSearchParams,
  performanceRanges,
} from "@/src/performance/performance-search-params";
import { getMeasuredUrls } from "@/src/performance/queries/get-measured-urls";
import { getPerformanceReport } from "@/src/performance/queries/get-performance-report";
import { getPerformanceRuns } from "@/src/performance/queries/get-performance-runs";
import { vitalIds } from "@/src/performance/web-vitals";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.performance.title} · ${organization.name}` };
}

export default async function PerformancePage({ params, searchParams }: Props) {
  const { organization, plan, db, role } = await requireWorkspace((await params).org);
  const { range, url: requestedUrl } = parsePerformanceSearchParams(await searchParams);
  const [{ t, locale }, measured, runs] = await Promise.all([
    getTranslations(),
    getMeasuredUrls(db, organization.id),
    getPerformanceRuns(db, organization.id),
  ]);
  const url = chooseMeasuredUrl(measured, requestedUrl);
  const report = await getPerformanceReport(db, organization.id, url, organization.timeZone, range);
  const copy = t.performance;
  const format = formatters(locale, organization.timeZone);
  const base = `/app/${organization.slug}/performance`;
  const href = (next: { url?: string | null; range?: number }) => {
    const query = new URLSearchParams();
    const nextUrl = next.url === undefined ? url : next.url;
    if (nextUrl && measured.length > 1) query.set("url", nextUrl);
    query.set("range", String(next.range ?? range));
    return `${base}?${query}`;
  };
  const cadence = t.workspace.checkCadence[plan.performanceCheckInterval];
  const tier = t.workspace.tiers[plan.key as keyof typeof t.workspace.tiers] ?? plan.name;
  const now = new Date();

  return (
    <div className="grid gap-6">
      <PageHeader
        title={copy.title}
        description={
          <>
            <p>{copy.description}</p>
            <p>
              {formatMessage(copy.cadence, { cadence, plan: tier })}
              {plan.features.custom_performance_checks ? ` ${copy.customChecks}` : null}
            </p>
          </>
        }
      />

      <PerformanceRunsCard
        runs={runs}
        canRequest={canManage(role)}
        slug={organization.slug}
        planName={tier}
        t={t}
        format={format}
      />

      {url === null ? (
        <EmptyState icon="gauge" title={copy.empty.title} body={formatMessage(copy.empty.body, { cadence })} />
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            {measured.length > 1 ? (
              <OptionLinks
                label={copy.urlLabel}
                options={measured.map((m) => ({
                  label: m.url.replace(/^https?:\/\//, ""),
                  href: href({ url: m.url }),
                  current: m.url === url,
                }))}
              />
            ) : (
              <p className="text-sm break-all text-fg-muted">{url}</p>
            )}
            <OptionLinks
              label={copy.rangeLabel}
              options={performanceRanges.map((days) => ({
                label: formatMessage(copy.range, { days }),
                href: href({ range: days }),
                current: days === range,
              }))}
            />
          </div>

          {report.latest ? (
            <Card
              title={copy.latest.title}
              description={formatMessage(copy.latest.measured, {
                url,
                when: format.relative(report.latest.measuredAt, now),
                date: format.dateTime(report.latest.measuredAt),
              })}
            >
              <h3 className="sr-only">{copy.latest.scoresHeading}</h3>
              <ScoreGauges scores={report.latest.scores} copy={t.analyzerPages.report} />
              <p className="mt-4 text-xs text-fg-muted">{copy.latest.bandsNote}</p>
            </Card>
          ) : null}

          <Card title={copy.lab.title} description={copy.lab.description}>
            <div className="grid gap-4 lg:grid-cols-2">
              {vitalIds.map((id) => (
                <VitalChart
                  key={id}
                  id={id}
                  points={report.lab.map((d) => dayPoint(d.day, d.metrics[id]))}
                  latest={report.latest?.metrics[id] ?? null}
                  latestTemplate={copy.lab.latest}
                  seriesLabel={copy.lab.series}
                  color={1}
                  emptyNote={id === "inp" ? copy.lab.inpNotMeasured : copy.lab.noData}
                  t={t}
                  format={format}
                />
              ))}
            </div>
          </Card>

          <Card title={copy.scores.title} description={copy.scores.description}>
            {report.lab.length === 0 ? (
              <p className="text-sm text-fg-muted">{copy.lab.noData}</p>
            ) : (
              <ScoresChart lab={report.lab} t={t} format={format} />
            )}
          </Card>

          <Card title={copy.field.title} description={copy.field.description}>
            {report.fieldLatest ? (
              <div className="grid gap-4">
                <p className="text-sm text-fg-muted">
                  {formatMessage(copy.field.measured, { date: format.date(report.fieldLatest.measuredAt) })}
                </p>
                <div className="grid gap-4 lg:grid-cols-2">
                  {vitalIds.map((id) => (
                    <VitalChart
                      key={id}
                      id={id}
                      points={report.field.map((d) => dayPoint(d.day, d.metrics[id]))}
                      latest={report.fieldLatest?.metrics[id] ?? null}
                      latestTemplate={copy.field.latest}
                      seriesLabel={copy.field.series}
                      color={2}
                      emptyNote={copy.lab.noData}
                      t={t}
                      format={format}
                    />
                  ))}
                </div>
              </div>
            ) : (
              <p className="text-sm text-fg-muted">{copy.field.empty}</p>
            )}
          </Card>
        </>
      )}

      {report.baseline ? (
        <Card
          title={copy.baseline.title}
          description={formatMessage(copy.baseline.description, {
            date: format.date(report.baseline.measuredAt),
            url: report.baseline.url,
          })}
        >
          <BaselineComparison before={report.baseline} now={report.latest} t={t} format={format} />
        </Card>
      ) : null}
    </div>
  );
}
