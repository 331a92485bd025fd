import { BarChart } from "@/src/components/charts/bar-chart";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { NetworkUsage } from "../queries/get-network-usage";

/** Bandwidth per day, requests per day stacked by response class, and the peak day in words. */
export function TrafficCharts({ usage, t, format }: { usage: NetworkUsage; t: Dictionary; format: Formatters }) {
  const copy = t.infrastructure.traffic;
  const categories = usage.days.map((d) => format.shortDate(`${d.day}T12:00:00Z`));
  return (
    <div className="grid gap-8">
      {usage.peak ? (
        <p className="text-sm">
          {formatMessage(copy.peak, {
            date: format.date(`${usage.peak.day}T12:00:00Z`),
            requests: format.number(usage.peak.requests),
            bandwidth: format.bytes(usage.peak.bandwidthBytes),
          })}
        </p>
      ) : null}
      <div className="grid gap-2">
        <h3 className="text-sm font-semibold">{copy.bandwidthTitle}</h3>
        <BarChart
          title={copy.bandwidthTitle}
          categories={categories}
          segments={[{ label: copy.bandwidth, color: 1 }]}
          values={usage.days.map((d) => [d.bandwidthBytes])}
          formatY={format.bytes}
          tableLabel={t.workspace.showTable}
          categoryLabel={t.workspace.day}
        />
      </div>
      <div className="grid gap-2">
        <h3 className="text-sm font-semibold">{copy.requestsTitle}</h3>
        <BarChart
          title={copy.requestsTitle}
          categories={categories}
          segments={[
            { label: copy.classes["2xx"], color: 2 },
            { label: copy.classes["3xx"], color: 1 },
            { label: copy.classes["4xx"], color: 3 },
            { label: copy.classes["5xx"], color: 4 },
          ]}
          values={usage.days.map((d) => [d.requests2xx, d.requests3xx, d.requests4xx, d.requests5xx])}
          formatY={format.compact}
          tableLabel={t.workspace.showTable}
          categoryLabel={t.workspace.day}
        />
      </div>
    </div>
  );
}
