import { LineChart } from "@/src/components/charts/line-chart";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { Formatters } from "@/src/i18n/formatters";
import type { PerformanceReport } from "../queries/get-performance-report";
import { scoreIds } from "../web-vitals";
import { dayPoint } from "../day-point";

/** The four Lighthouse scores per day on one 0–100 axis, over Google's bands. */
export function ScoresChart({ lab, t, format }: { lab: PerformanceReport["lab"]; t: Dictionary; format: Formatters }) {
  const copy = t.performance;
  const categories = t.analyzerPages.report.categories;
  return (
    <LineChart
      title={copy.scores.title}
      series={scoreIds.map((id, index) => ({
        label: categories[id],
        color: (index + 1) as 1 | 2 | 3 | 4,
        points: lab.map((d) => dayPoint(d.day, d.scores[id])),
      }))}
      bands={[
        { from: 0, to: 50, tone: "danger", label: `0–49 ${copy.ratings.poor}` },
        { from: 50, to: 90, tone: "warning", label: `50–89 ${copy.ratings.needsImprovement}` },
        { from: 90, to: 100, tone: "success", label: `90–100 ${copy.ratings.good}` },
      ]}
      yDomain={[0, 100]}
      formatY={format.number}
      formatX={format.shortDate}
      tableLabel={t.workspace.showTable}
      xLabel={t.workspace.day}
      height={220}
    />
  );
}
