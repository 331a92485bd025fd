import type { Metadata } from "next";
import { Card } from "@/src/components/ui/card";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { StatCard } from "@/src/components/ui/stat-card";
import { OptionLinks } from "@/src/components/ui/option-links";
import { ServiceGroups } from "@/src/infrastructure/components/service-groups";
import { TopCountries } from "@/src/infrastructure/components/top-countries";
import { TrafficCharts } from "@/src/infrastructure/components/traffic-charts";
import { getNetworkUsage } from "@/src/infrastructure/queries/get-network-usage";
import { getServices } from "@/src/infrastructure/queries/get-services";
import { parseTrafficSearchParams, trafficRanges } from "@/src/infrastructure/traffic-search-params";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { requireWorkspace } from "@/src/workspace/require-workspace";

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.infrastructure.title} · ${organization.name}` };
}

export default async function InfrastructurePage({ params, searchParams }: Props) {
  const { organization, db } = await requireWorkspace((await params).org);
  const { range } = parseTrafficSearchParams(await searchParams);
  const [{ t, locale }, services, usage] = await Promise.all([
    getTranslations(),
    getServices(db, organization.id),
    getNetworkUsage(db, organization.id, organization.timeZone, range),
  ]);
  const copy = t.infrastructure;
  const format = formatters(locale, organization.timeZone);
  const base = `/app/${organization.slug}/infrastructure`;
  const serviceCount = services.groups.reduce((sum, g) => sum + g.services.length, 0);
  const period = formatMessage(copy.stats.lastDays, { days: range });
  const totalCost =
    services.totals.length === 0
      ? null
      : services.totals.map((total) => format.money(total.amount, total.currency)).join(" + ");

  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} />

      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <StatCard
          label={copy.stats.monthlyCost}
          value={totalCost ?? t.workspace.none}
          hint={
            serviceCount === 0
              ? copy.stats.noCost
              : [
                  format.plural(serviceCount, copy.stats.services),
                  services.needsAttention > 0
                    ? format.plural(services.needsAttention, copy.stats.attention)
                    : copy.stats.allOperational,
                ].join(" · ")
          }
        />
        <StatCard label={copy.stats.requests} value={format.compact(usage.totals.requests)} hint={period} />
        <StatCard label={copy.stats.bandwidth} value={format.bytes(usage.totals.bandwidthBytes)} hint={period} />
        <StatCard
          label={copy.stats.errorShare}
          value={usage.totals.errorShare === null ? t.workspace.none : format.percent(usage.totals.errorShare)}
          hint={
            usage.totals.errorShare === null
              ? period
              : formatMessage(copy.stats.errorDetail, {
                  clientErrors: format.number(usage.totals.requests4xx),
                  serverErrors: format.number(usage.totals.requests5xx),
                })
          }
        />
      </div>

      <Card title={copy.services.title}>
        {serviceCount === 0 ? (
          <EmptyState icon="server" title={copy.services.empty} body={copy.services.emptyBody} />
        ) : (
          <>
            <ServiceGroups groups={services.groups} t={t} format={format} />
            {totalCost ? (
              <p className="mt-4 flex flex-wrap justify-end gap-x-3 border-t border-border pt-3 text-sm">
                <span className="text-fg-muted">{copy.services.total}</span>
                <span className="font-semibold tabular-nums">{totalCost}</span>
              </p>
            ) : null}
          </>
        )}
      </Card>

      <Card
        title={copy.traffic.title}
        description={copy.traffic.description}
        action={
          <OptionLinks
            label={copy.traffic.rangeLabel}
            options={trafficRanges.map((days) => ({
              label: formatMessage(copy.traffic.range, { days }),
              href: `${base}?range=${days}`,
              current: days === range,
            }))}
          />
        }
      >
        {usage.days.length === 0 ? (
          <EmptyState icon="chart" title={copy.traffic.empty} body={copy.traffic.emptyBody} />
        ) : (
          <TrafficCharts usage={usage} t={t} format={format} />
        )}
      </Card>

      <Card title={copy.countries.title} description={formatMessage(copy.countries.description, { days: range })}>
        {usage.countries.length === 0 ? (
          <p className="text-sm text-fg-muted">{copy.countries.empty}</p>
        ) : (
          <TopCountries countries={usage.countries} others={usage.otherCountries} t={t} format={format} />
        )}
      </Card>
    </div>
  );
}
