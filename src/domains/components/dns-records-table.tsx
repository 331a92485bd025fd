import type { DnsRecord } from "@/src/db/schema";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { formatTtl } from "../format-ttl";
import { TableScroll } from "@/src/components/ui/table-scroll";

/**
 * The DNS records, one row group per type (the records arrive sorted by type), each group headed by its type
 * and count. Values are long (TXT, DKIM): they wrap rather than widen the page.
 */
export function DnsRecordsTable({
  domain,
  records,
  t,
  format,
}: {
  domain: string;
  records: DnsRecord[];
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.domains.dns;
  const groups: Array<{ type: DnsRecord["type"]; records: DnsRecord[] }> = [];
  for (const record of records) {
    const last = groups.at(-1);
    if (last?.type === record.type) last.records.push(record);
    else groups.push({ type: record.type, records: [record] });
  }
  return (
    <TableScroll label={formatMessage(copy.caption, { domain })} className="rounded-lg border border-border">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{formatMessage(copy.caption, { domain })}</caption>
        <thead className="bg-surface-muted text-xs text-fg-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {copy.name}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {copy.value}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {copy.ttl}
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.type} className="border-t border-border">
            <tr>
              <th scope="rowgroup" colSpan={3} className="bg-surface-muted/50 px-3 py-1.5 text-xs font-semibold">
                {formatMessage(format.plural(group.records.length, copy.group), { type: group.type })}
              </th>
            </tr>
            {group.records.map((record, index) => (
              <tr key={`${record.name}-${record.value}-${index}`} className="border-t border-border align-top">
                <td className="px-3 py-2 font-mono text-xs break-all">{record.name}</td>
                <td className="px-3 py-2 font-mono text-xs break-all">{record.value}</td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                  {formatTtl(format.locale, record.ttl)}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
