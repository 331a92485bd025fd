import { LineChart } from "@/src/components/charts/line-chart";
import { Card } from "@/src/components/ui/card";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { Formatters } from "@/src/i18n/formatters";
import type { CampaignFormat } from "../format-campaign-figures";
import type { CampaignPerformance } from "../queries/get-campaign-performance";

/**
 * Spend against revenue, then clicks and conversions — apart, since their scales differ by two orders of
 * magnitude. Money on the axis in whole units: cents would not fit beside the chart.
 */
export function CampaignDailyCharts({
  daily,
  currency,
  fmt,
  format,
  t,
}: {
  daily: CampaignPerformance["daily"];
  currency: string;
  fmt: CampaignFormat;
  format: Formatters;
  t: Dictionary;
}) {
  const copy = t.campaigns.charts;
  const totals = t.campaigns.totals;
  const wholeMoney = new Intl.NumberFormat(format.locale, { style: "currency", currency, maximumFractionDigits: 0 });
  const at = (day: string) => new Date(`${day}T12:00:00Z`);
  // Days are calendar dates, placed at noon UTC, and the axis ticks fall on midnight UTC: read in UTC, both
  // name the right day (in São Paulo, 8 Nov 00:00 UTC would be labelled 7 Nov).
  const day = new Intl.DateTimeFormat(format.locale, { day: "2-digit", month: "short", timeZone: "UTC" });
  const common = {
    formatX: (value: Date) => day.format(value),
    tableLabel: t.workspace.showTable,
    xLabel: t.workspace.day,
  };
  return (
    <section aria-labelledby="campaign-daily" className="grid gap-3">
      <h2 id="campaign-daily" className="text-base font-semibold">
        {copy.title}
      </h2>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={copy.spendRevenue} headingLevel={3}>
          <LineChart
            {...common}
            title={copy.spendRevenue}
            formatY={(value) => wholeMoney.format(value)}
            height={240}
            series={[
              { label: totals.spend, color: 1, points: daily.map((d) => ({ x: at(d.day), y: d.spend })) },
              { label: totals.revenue, color: 2, points: daily.map((d) => ({ x: at(d.day), y: d.revenue })) },
            ]}
          />
        </Card>
        <Card title={copy.clicksConversions} headingLevel={3}>
          <div className="grid gap-4">
            <div className="grid gap-1">
              <h4 className="text-sm font-medium text-fg-muted">{copy.clicks}</h4>
              <LineChart
                {...common}
                title={copy.clicks}
                formatY={format.compact}
                height={110}
                series={[{ label: totals.clicks, color: 3, points: daily.map((d) => ({ x: at(d.day), y: d.clicks })) }]}
              />
            </div>
            <div className="grid gap-1">
              <h4 className="text-sm font-medium text-fg-muted">{copy.conversions}</h4>
              <LineChart
                {...common}
                title={copy.conversions}
                formatY={fmt.conversions}
                height={110}
                series={[
                  {
                    label: totals.conversions,
                    color: 4,
                    points: daily.map((d) => ({ x: at(d.day), y: d.conversions })),
                  },
                ]}
              />
            </div>
          </div>
        </Card>
      </div>
    </section>
  );
}
