import Link from "next/link";
import { cx } from "@/src/components/ui/cx";
import { TableScroll } from "@/src/components/ui/table-scroll";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { Formatters } from "@/src/i18n/formatters";
import type { ClientListSearch } from "../client-list-search";
import type { ClientRow } from "../queries/get-clients";
import { SortHeader } from "./sort-header";
import { NEAR_LIMIT, UsageBars } from "./usage-bars";

/** The clients table: one row per organization, the ones over 80 % of a limit highlighted (and said so). */
export function ClientTable({
  rows,
  search,
  now,
  t,
  format,
}: {
  rows: ClientRow[];
  search: ClientListSearch;
  now: Date;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.agency.clients;
  const columns = copy.columns;
  const plain = "px-3 py-2 text-left font-medium whitespace-nowrap";
  return (
    <TableScroll label={copy.tableLabel} className="rounded-xl border border-border bg-surface shadow-xs">
      <table className="w-full text-sm">
        <thead className="border-b border-border bg-surface-muted/60 text-fg-muted">
          <tr>
            <SortHeader column="name" label={columns.name} search={search} t={t} />
            <SortHeader column="tier" label={columns.tier} search={search} t={t} />
            <th scope="col" className={plain}>
              {columns.subscription}
            </th>
            <SortHeader column="mrr" label={columns.mrr} search={search} t={t} />
            <th scope="col" className={plain}>
              {columns.seats}
            </th>
            <SortHeader column="usage" label={columns.usage} search={search} t={t} />
            <th scope="col" className={plain}>
              {columns.uptime}
            </th>
            <th scope="col" className={plain}>
              {columns.performance}
            </th>
            <SortHeader column="tickets" label={columns.tickets} search={search} t={t} />
            <SortHeader column="activity" label={columns.activity} search={search} t={t} />
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((row) => {
            const near = row.peakRatio > NEAR_LIMIT;
            return (
              <tr key={row.id} className={cx(near && "bg-warning-soft/50")}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <Link href={`/admin/clients/${row.slug}`} className="text-accent-text hover:underline">
                    {row.name}
                  </Link>
                  <span className="block text-xs font-normal text-fg-muted">{row.slug}</span>
                  {near ? <span className="block text-xs font-medium text-warning">{copy.nearLimit}</span> : null}
                </th>
                <td className="px-3 py-2 whitespace-nowrap">
                  {t.workspace.tiers[row.tier as keyof typeof t.workspace.tiers] ?? row.tier}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {row.subscriptionStatus
                    ? (t.agency.revenue.statuses[row.subscriptionStatus as keyof typeof t.agency.revenue.statuses] ??
                      row.subscriptionStatus)
                    : copy.noSubscription}
                </td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{format.money(row.mrr)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{format.number(row.seats)}</td>
                <td className="px-3 py-2">
                  <UsageBars usage={row.usage} t={t} format={format} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {row.uptime30d === null ? copy.unknown : format.percent(row.uptime30d)}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{row.performanceScore ?? copy.unknown}</td>
                <td className="px-3 py-2 text-right tabular-nums">{format.number(row.openTickets)}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {row.lastActivityAt ? format.relative(row.lastActivityAt, now) : copy.unknown}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
