import type { Dictionary } from "@/src/i18n/dictionary";
import type { Formatters } from "@/src/i18n/formatters";
import { TableScroll } from "@/src/components/ui/table-scroll";
import { countryNames } from "../country-name";
import type { NetworkUsage } from "../queries/get-network-usage";

/** The countries requests came from, each with its share as a number and as a bar. */
export function TopCountries({
  countries,
  others,
  t,
  format,
}: {
  countries: NetworkUsage["countries"];
  others: NetworkUsage["otherCountries"];
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.infrastructure.countries;
  const nameOf = countryNames(format.locale);
  const rows = [
    ...countries.map((c) => ({ key: c.code, name: nameOf(c.code), requests: c.requests, share: c.share })),
    ...(others ? [{ key: "others", name: copy.others, ...others }] : []),
  ];
  return (
    <TableScroll label={copy.caption}>
      <table className="w-full min-w-[20rem] text-left text-sm">
        <caption className="sr-only">{copy.caption}</caption>
        <thead className="text-xs text-fg-muted">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {copy.country}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {copy.requests}
            </th>
            <th scope="col" className="py-2 pl-3 font-medium">
              {copy.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-border">
              <th scope="row" className="py-2 pr-3 font-medium">
                {row.name}
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{format.number(row.requests)}</td>
              <td className="py-2 pl-3">
                <div className="flex items-center gap-2">
                  <div aria-hidden="true" className="h-2 w-24 overflow-hidden rounded-full bg-surface-muted sm:w-40">
                    <div className="h-full rounded-full bg-accent" style={{ width: `${row.share * 100}%` }} />
                  </div>
                  <span className="tabular-nums">{format.percent(row.share)}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
