import Link from "next/link";
import { Icon } from "@/src/components/ui/icons";
import { formatMessage } from "@/src/i18n/format-message";
import type { Dictionary } from "@/src/i18n/dictionary";
import { clientListHref, type ClientListSearch, type ClientSortKey } from "../client-list-search";

/** A sortable column's header: a link that sorts by it (again: the other way), with `aria-sort` on the cell. */
export function SortHeader({
  column,
  label,
  search,
  t,
}: {
  column: ClientSortKey;
  label: string;
  search: ClientListSearch;
  t: Dictionary;
}) {
  const current = search.sort === column;
  const dir = current && search.dir === "asc" ? "desc" : current ? "asc" : column === "name" ? "asc" : "desc";
  return (
    <th
      scope="col"
      aria-sort={current ? (search.dir === "asc" ? "ascending" : "descending") : undefined}
      className="px-3 py-2 text-left font-medium whitespace-nowrap"
    >
      <Link
        href={clientListHref({ ...search, sort: column, dir, page: 1 })}
        className="inline-flex items-center gap-1 hover:underline"
        aria-label={formatMessage(t.agency.clients.sortBy, { column: label })}
      >
        {label}
        {current ? (
          <Icon name="download" className={search.dir === "asc" ? "size-3.5 rotate-180" : "size-3.5"} />
        ) : null}
      </Link>
    </th>
  );
}
