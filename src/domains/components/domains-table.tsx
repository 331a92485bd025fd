import Link from "next/link";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { Formatters } from "@/src/i18n/formatters";
import type { DomainSummary } from "../queries/get-domains";
import { DomainStatusBadge } from "./domain-status-badge";
import { Renewal } from "./renewal";
import { SslStatus } from "./ssl-status";
import { TableScroll } from "@/src/components/ui/table-scroll";

/** The organization's domains; on a phone the table scrolls sideways inside its frame. */
export function DomainsTable({
  domains,
  baseHref,
  now,
  t,
  format,
}: {
  domains: DomainSummary[];
  baseHref: string;
  now: Date;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.domains.table;
  return (
    <TableScroll label={copy.caption} className="rounded-xl border border-border bg-surface shadow-xs">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">{copy.caption}</caption>
        <thead className="bg-surface-muted text-xs text-fg-muted">
          <tr>
            <th scope="col" className="px-4 py-2.5 font-medium">
              {copy.name}
            </th>
            <th scope="col" className="px-4 py-2.5 font-medium">
              {copy.status}
            </th>
            <th scope="col" className="px-4 py-2.5 font-medium">
              {copy.registrar}
            </th>
            <th scope="col" className="px-4 py-2.5 font-medium">
              {copy.renewal}
            </th>
            <th scope="col" className="px-4 py-2.5 font-medium">
              {copy.ssl}
            </th>
          </tr>
        </thead>
        <tbody>
          {domains.map((domain) => (
            <tr key={domain.id} className="border-t border-border align-top">
              <th scope="row" className="px-4 py-3 font-medium">
                <Link href={`${baseHref}/${domain.id}`} className="break-all hover:underline">
                  {domain.name}
                </Link>
              </th>
              <td className="px-4 py-3">
                <DomainStatusBadge status={domain.status} t={t} />
              </td>
              <td className="px-4 py-3">
                {domain.registrar ?? <span className="text-fg-muted">{t.domains.unknown}</span>}
              </td>
              <td className="px-4 py-3">
                <Renewal renewsAt={domain.renewsAt} autoRenew={domain.autoRenew} now={now} t={t} format={format} />
              </td>
              <td className="px-4 py-3">
                <SslStatus status={domain.sslStatus} expiresAt={domain.sslExpiresAt} now={now} t={t} format={format} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
