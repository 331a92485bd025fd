import type { Metadata } from "next";
import { LineChart } from "@/src/components/charts/line-chart";
import { Card } from "@/src/components/ui/card";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { StatCard } from "@/src/components/ui/stat-card";
import { OptionLinks } from "@/src/components/ui/option-links";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { dayPoint } from "@/src/performance/day-point";
import { IncidentHistory, OngoingIncidents } from "@/src/uptime/components/incident-list";
import { MonitorsCard } from "@/src/uptime/components/monitors-card";
import { StatusBar } from "@/src/uptime/components/status-bar";
import { getIncidents } from "@/src/uptime/queries/get-incidents";
import { getMonitors } from "@/src/uptime/queries/get-monitors";
import { getUptimeSummary, uptimeWindows } from "@/src/uptime/queries/get-uptime-summary";
import { parseUptimeSearchParams, responseRanges } from "@/src/uptime/uptime-search-params";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.uptime.title} · ${organization.name}` };
}

export default async function UptimePage({ params, searchParams }: Props) {
  const { organization, db, role, plan } = await requireWorkspace((await params).org);
  const { range } = parseUptimeSearchParams(await searchParams);
  const [{ t, locale }, summary, incidents, monitors] = await Promise.all([
    getTranslations(),
    getUptimeSummary(db, organization.id, organization.timeZone, range),
    getIncidents(db, organization.id),
    getMonitors(db, organization.id),
  ]);
  const copy = t.uptime;
  const format = formatters(locale, organization.timeZone);
  const base = `/app/${organization.slug}/uptime`;
  const now = new Date();
  const firstDay = summary.statusDays[0]?.day;

  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} />

      {incidents.ongoing.length > 0 ? (
        <OngoingIncidents incidents={incidents.ongoing} t={t} format={format} now={now} />
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {uptimeWindows.map((window) => {
          const { ratio, checks } = summary.windows[window];
          return (
            <StatCard
              key={window}
              label={copy.windows[window]}
              value={ratio === null ? t.workspace.none : format.percent(ratio)}
              hint={ratio === null ? copy.noChecks : format.plural(checks, copy.checks)}
            />
          );
        })}
      </div>

      <Card
        title={copy.statusBar.title}
        description={
          firstDay
            ? formatMessage(copy.statusBar.description, { from: format.date(`${firstDay}T12:00:00Z`) })
            : undefined
        }
      >
        <StatusBar days={summary.statusDays} t={t} format={format} />
      </Card>

      <Card
        title={copy.response.title}
        description={copy.response.description}
        action={
          <OptionLinks
            label={copy.response.rangeLabel}
            options={responseRanges.map((days) => ({
              label: formatMessage(copy.response.range, { days }),
              href: `${base}?range=${days}`,
              current: days === range,
            }))}
          />
        }
      >
        {summary.responseDays.length === 0 ? (
          <EmptyState icon="activity" title={copy.response.empty} body={copy.response.emptyBody} />
        ) : (
          <LineChart
            title={copy.response.title}
            series={[
              {
                label: copy.response.average,
                color: 1,
                points: summary.responseDays.map((d) => dayPoint(d.day, d.averageMs)),
              },
              { label: copy.response.p95, color: 3, points: summary.responseDays.map((d) => dayPoint(d.day, d.p95Ms)) },
            ]}
            formatY={format.duration}
            formatX={format.shortDate}
            tableLabel={t.workspace.showTable}
            xLabel={t.workspace.day}
          />
        )}
      </Card>

      <MonitorsCard
        monitors={monitors}
        t={t}
        format={format}
        now={now}
        manage={canManage(role)}
        slug={organization.slug}
        planName={t.workspace.tiers[plan.key as keyof typeof t.workspace.tiers] ?? plan.key}
      />

      <Card title={copy.incidents.title}>
        {incidents.history.length === 0 ? (
          incidents.ongoing.length === 0 ? (
            <EmptyState icon="check" title={copy.incidents.empty} body={copy.incidents.emptyBody} />
          ) : (
            <p className="text-sm text-fg-muted">{copy.incidents.historyEmpty}</p>
          )
        ) : (
          <div className="grid gap-3">
            <IncidentHistory incidents={incidents.history} t={t} format={format} />
            {incidents.historyTotal > incidents.history.length ? (
              <p className="text-sm text-fg-muted">
                {formatMessage(copy.incidents.truncated, {
                  shown: format.number(incidents.history.length),
                  total: format.number(incidents.historyTotal),
                })}
              </p>
            ) : null}
          </div>
        )}
      </Card>
    </div>
  );
}
