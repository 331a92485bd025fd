import type { Metadata } from "next";
import { getAdminOverview } from "@/src/admin/queries/get-admin-overview";
import { requireAdmin } from "@/src/admin/require-admin";
import { ticketQueueHref } from "@/src/admin/ticket-queue-search";
import { BarChart } from "@/src/components/charts/bar-chart";
import { Card } from "@/src/components/ui/card";
import { PageHeader } from "@/src/components/ui/page-header";
import { StatCard } from "@/src/components/ui/stat-card";
import { TableScroll } from "@/src/components/ui/table-scroll";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";

export async function generateMetadata(): Promise<Metadata> {
  // Even the page title stays hidden from non-staff, who get the 404 page.
  await requireAdmin();
  const { t } = await getTranslations();
  return { title: `${t.agency.overview.title} · ${t.admin.title}` };
}

export default async function AdminOverviewPage() {
  const { db } = await requireAdmin();
  const [{ t, locale }, overview] = await Promise.all([getTranslations(), getAdminOverview(db)]);
  const copy = t.agency.overview;
  const format = formatters(locale);
  const tierName = (tier: string) => t.workspace.tiers[tier as keyof typeof t.workspace.tiers] ?? tier;
  const monthLabel = (month: string) => format.shortDate(`${month}-15T12:00:00Z`).replace(/^\d+\s*(de\s)?/, "");
  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <StatCard label={copy.mrr} value={format.money(overview.mrr)} hint={copy.mrrHint} />
        <StatCard
          label={copy.breached}
          value={format.number(overview.tickets.breached)}
          href={ticketQueueHref({ view: "breached" })}
          hint={`${copy.dueSoon}: ${format.number(overview.tickets.dueSoon)} · ${copy.onTime}: ${format.number(overview.tickets.onTime)}`}
        />
        <StatCard label={copy.incidents} value={format.number(overview.openIncidents)} />
        <StatCard
          label={copy.leads}
          value={format.number(overview.leadsThisWeek)}
          hint={
            overview.analyzerConversion === null
              ? undefined
              : formatMessage(copy.conversion, { percent: format.percent(overview.analyzerConversion) })
          }
        />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={copy.mrrTrend} className="lg:col-span-2">
          <BarChart
            title={copy.mrrTrend}
            categories={overview.mrrTrend.map((point) => monthLabel(point.month))}
            segments={[{ label: copy.mrr, color: 1 }]}
            values={overview.mrrTrend.map((point) => [point.mrr])}
            formatY={(value) => format.money(value)}
            tableLabel={copy.mrrTrend}
            categoryLabel={copy.mrrTrend}
          />
        </Card>
        <div className="grid content-start gap-6">
          <Card title={copy.retention}>
            <TableScroll label={copy.retention}>
              <table className="w-full text-sm tabular-nums">
                <thead className="text-left text-fg-muted">
                  <tr>
                    <th scope="col" className="py-1 pr-3 font-medium">
                      <span className="sr-only">{copy.window}</span>
                    </th>
                    <th scope="col" className="py-1 pr-3 font-medium">
                      {copy.churn}
                    </th>
                    <th scope="col" className="py-1 font-medium">
                      {copy.nrr}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {overview.retention.map((window) => (
                    <tr key={window.days}>
                      <th scope="row" className="py-1 pr-3 text-left font-medium">
                        {formatMessage(copy.lastDays, { days: window.days })}
                      </th>
                      <td className="py-1 pr-3">
                        {window.startingMrr > 0 ? format.percent(window.churnedMrr / window.startingMrr) : "—"}
                        <span className="block text-xs text-fg-muted">
                          {format.plural(window.churnedClients, copy.churnedClients)}
                        </span>
                      </td>
                      <td className="py-1">
                        {window.startingMrr > 0 ? format.percent(window.retainedMrr / window.startingMrr) : "—"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <p className="mt-2 text-xs text-fg-muted">{copy.retentionHint}</p>
          </Card>
          <Card title={copy.clientsByTier}>
            <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-2 text-sm">
              {overview.clientsByTier.map((row) => (
                <div key={row.tier} className="contents">
                  <dt className="text-fg-muted">{tierName(row.tier)}</dt>
                  <dd className="text-right font-medium tabular-nums">{format.number(row.count)}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card title={copy.failingJobs}>
            {overview.failingJobs.length === 0 ? (
              <p className="text-sm text-fg-muted">{copy.none}</p>
            ) : (
              <ul className="grid gap-1 text-sm">
                {overview.failingJobs.map((job) => (
                  <li key={job.job} className="flex justify-between gap-4">
                    <span className="font-mono text-xs">{job.job}</span>
                    <span className="tabular-nums">{format.number(job.failures)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
