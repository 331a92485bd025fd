import type { Metadata } from "next";
import Link from "next/link";
import { replayStripeEvent } from "@/src/admin/actions/replay-stripe-event";
import { AdminActionForm } from "@/src/admin/components/admin-action-form";
import { getRevenue } from "@/src/admin/queries/get-revenue";
import { getUnappliedStripeEvents } from "@/src/admin/queries/get-unapplied-stripe-events";
import { requireAdmin } from "@/src/admin/require-admin";
import { clientTiers } from "@/src/admin/client-list-search";
import { BarChart } from "@/src/components/charts/bar-chart";
import { Card } from "@/src/components/ui/card";
import { PageHeader } from "@/src/components/ui/page-header";
import { TableScroll } from "@/src/components/ui/table-scroll";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";

export async function generateMetadata(): Promise<Metadata> {
  await requireAdmin();
  const { t } = await getTranslations();
  return { title: `${t.agency.revenue.title} · ${t.admin.title}` };
}

export default async function RevenuePage() {
  const { db, isStaffAdmin } = await requireAdmin();
  const [{ t, locale }, revenue, unapplied] = await Promise.all([
    getTranslations(),
    getRevenue(db),
    getUnappliedStripeEvents(db),
  ]);
  const copy = t.agency.revenue;
  const format = formatters(locale);
  const month = (value: string) =>
    new Intl.DateTimeFormat(locale, { month: "short", year: "2-digit", timeZone: "UTC" }).format(
      new Date(`${value}-15T12:00:00Z`),
    );
  const tiers = clientTiers.filter((tier) => revenue.months.some((m) => (m.byTier[tier] ?? 0) > 0));
  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} />
      <Card title={copy.mrrByTier}>
        <BarChart
          title={copy.mrrByTier}
          categories={revenue.months.map((m) => month(m.month))}
          segments={tiers.map((tier, index) => ({
            label: t.workspace.tiers[tier],
            color: ((index % 4) + 1) as 1 | 2 | 3 | 4,
          }))}
          values={revenue.months.map((m) => tiers.map((tier) => m.byTier[tier] ?? 0))}
          formatY={(value) => format.money(value)}
          tableLabel={copy.mrrByTier}
          categoryLabel={copy.month}
        />
      </Card>
      <Card title={copy.movements}>
        <TableScroll label={copy.movements}>
          <table className="w-full text-sm tabular-nums">
            <thead className="border-b border-border text-left text-fg-muted">
              <tr>
                {[copy.month, copy.newMrr, copy.expansion, copy.contraction, copy.churned, copy.total].map((column) => (
                  <th key={column} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {revenue.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap">
                    {month(m.month)}
                  </th>
                  {[m.newMrr, m.expansion, m.contraction, m.churned, m.total].map((value, index) => (
                    <td key={index} className="px-3 py-2 whitespace-nowrap">
                      {format.money(value)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Card>
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card title={copy.byStatus}>
          <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-2 text-sm">
            {revenue.byStatus.map((row) => (
              <div key={row.status} className="contents">
                <dt className="text-fg-muted">
                  {copy.statuses[row.status as keyof typeof copy.statuses] ?? row.status}
                </dt>
                <dd className="text-right font-medium tabular-nums">{format.number(row.count)}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={copy.failed}>
          {revenue.failedPayments.length === 0 ? (
            <p className="text-sm text-fg-muted">{copy.failedEmpty}</p>
          ) : (
            <ul className="grid gap-2 text-sm">
              {revenue.failedPayments.map((payment) => (
                <li key={payment.eventId} className="flex flex-wrap justify-between gap-3">
                  {payment.orgSlug ? (
                    <Link
                      href={`/admin/clients/${payment.orgSlug}`}
                      className="font-medium text-accent-text hover:underline"
                    >
                      {payment.orgName}
                    </Link>
                  ) : (
                    <span>{copy.unknownClient}</span>
                  )}
                  <span className="text-fg-muted">{format.date(payment.at)}</span>
                  <span className="tabular-nums">{payment.amount === null ? "" : format.money(payment.amount)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <Card title={copy.unapplied} description={copy.unappliedHint}>
        {unapplied.length === 0 ? (
          <p className="text-sm text-fg-muted">{copy.unappliedEmpty}</p>
        ) : (
          <ul className="grid gap-4 text-sm">
            {unapplied.map((event) => (
              <li key={event.id} className="grid gap-2 border-b border-border pb-4 last:border-0 last:pb-0">
                <div className="flex flex-wrap justify-between gap-x-3 gap-y-1">
                  <span className="font-medium break-all">{event.type}</span>
                  <span className="text-fg-muted">{format.dateTime(event.receivedAt)}</span>
                </div>
                <p className="font-mono text-xs break-all text-fg-muted">{event.id}</p>
                <p className="break-words text-danger">{event.reason}</p>
                {isStaffAdmin ? (
                  <AdminActionForm
                    action={replayStripeEvent}
                    hidden={{ eventId: event.id }}
                    submit={copy.replay}
                    done={copy.replayed}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
