import Link from "next/link";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { SelectField } from "@/src/components/ui/select-field";
import { TextField } from "@/src/components/ui/text-field";
import type { Dictionary } from "@/src/i18n/dictionary";
import { clientTiers, type ClientListSearch } from "../client-list-search";

/** A plain GET form (works without JavaScript): the search and plan filter; the sort stays as it was. */
export function ClientFilters({ search, t }: { search: ClientListSearch; t: Dictionary }) {
  const copy = t.agency.clients;
  const filtered = search.q !== undefined || search.tier !== undefined;
  return (
    <form
      role="search"
      aria-label={copy.search}
      method="get"
      action="/admin/clients"
      className="grid grid-cols-2 items-end gap-3 rounded-xl border border-border bg-surface p-4 shadow-xs md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto]"
    >
      {search.sort !== "name" ? <input type="hidden" name="sort" value={search.sort} /> : null}
      {search.dir !== "asc" ? <input type="hidden" name="dir" value={search.dir} /> : null}
      <div className="col-span-2 md:col-span-1">
        <TextField label={copy.search} name="q" type="search" defaultValue={search.q ?? ""} maxLength={100} />
      </div>
      <SelectField label={copy.tier} name="tier" defaultValue={search.tier ?? ""}>
        <option value="">{copy.anyTier}</option>
        {clientTiers.map((tier) => (
          <option key={tier} value={tier}>
            {t.workspace.tiers[tier]}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className={buttonStyles({ variant: "secondary" })}>
          {copy.apply}
        </button>
        {filtered ? (
          <Link href="/admin/clients" className={buttonStyles({ variant: "ghost" })}>
            {copy.clear}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
