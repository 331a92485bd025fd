import { LineChart } from "@/src/components/charts/line-chart";
import { Card } from "@/src/components/ui/card";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { Formatters } from "@/src/i18n/formatters";
import type { ReportTrend } from "../queries/get-report-trend";
import { chartMonth } from "../report-figures";

/** How the month compares with the ones before it: score, traffic and, with campaigns, spend against revenue. */
export function ReportTrendCharts({ trend, format, t }: { trend: ReportTrend; format: Formatters; t: Dictionary }) {
  const copy = t.reports.detail;
  const figures = t.reports.figures;
  const at = (period: string) => new Date(`${period}T12:00:00Z`);
  const points = (pick: (s: ReportTrend[number]["summary"]) => number | undefined) =>
    trend.map((entry) => ({ x: at(entry.period), y: pick(entry.summary) ?? null }));
  const has = (pick: (s: ReportTrend[number]["summary"]) => number | undefined) =>
    trend.filter((entry) => pick(entry.summary) !== undefined).length >= 2;
  const currency = trend.at(-1)?.summary.currency ?? "BRL";
  // Whole units on the axis: cents would not fit beside the chart.
  const wholeMoney = new Intl.NumberFormat(format.locale, { style: "currency", currency, maximumFractionDigits: 0 });
  const common = { formatX: chartMonth(format), tableLabel: t.workspace.showTable, xLabel: copy.month };
  const charts = [
    has((s) => s.performance_score) ? (
      <Card key="performance" title={copy.trendPerformance} headingLevel={3}>
        <LineChart
          {...common}
          title={copy.trendPerformance}
          formatY={format.number}
          yDomain={[0, 100]}
          series={[{ label: figures.performance_score, color: 1, points: points((s) => s.performance_score) }]}
        />
      </Card>
    ) : null,
    has((s) => s.requests) ? (
      <Card key="requests" title={copy.trendRequests} headingLevel={3}>
        <LineChart
          {...common}
          title={copy.trendRequests}
          formatY={format.compact}
          series={[{ label: figures.requests, color: 3, points: points((s) => s.requests) }]}
        />
      </Card>
    ) : null,
    has((s) => s.ad_cost) ? (
      <Card key="ads" title={copy.trendAds} headingLevel={3}>
        <LineChart
          {...common}
          title={copy.trendAds}
          formatY={(value) => wholeMoney.format(value)}
          series={[
            { label: figures.ad_cost, color: 1, points: points((s) => s.ad_cost) },
            { label: figures.ad_revenue, color: 2, points: points((s) => s.ad_revenue) },
          ]}
        />
      </Card>
    ) : null,
  ].filter(Boolean);
  if (charts.length === 0) return null;
  return (
    <section aria-labelledby="report-trend" className="grid gap-3">
      <h2 id="report-trend" className="text-base font-semibold">
        {copy.trendTitle}
      </h2>
      <div className="grid gap-6 lg:grid-cols-2">{charts}</div>
    </section>
  );
}
