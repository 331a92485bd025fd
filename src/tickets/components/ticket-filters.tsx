import Link from "next/link";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { OptionLinks } from "@/src/components/ui/option-links";
import { SelectField } from "@/src/components/ui/select-field";
import { TextField } from "@/src/components/ui/text-field";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { Formatters } from "@/src/i18n/formatters";
import type { ProjectOption } from "../queries/get-project-options";
import { ticketListHref, type TicketListSearch } from "../ticket-list-search";
import { ticketPriorities, ticketStatuses, type TicketStatus } from "../ticket-status";

/**
 * The list's filters, all in the URL: the status as links with their counts (statuses without tickets are left
 * out, except the one selected), and a plain GET form for the search, priority and project, which works
 * without JavaScript. Changing a filter goes back to the first page.
 */
export function TicketFilters({
  baseHref,
  search,
  counts,
  projects,
  t,
  format,
}: {
  baseHref: string;
  search: TicketListSearch;
  counts: Record<TicketStatus, number>;
  projects: ProjectOption[];
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.tickets.filters;
  const rest = { ...search, page: undefined };
  const all = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const filtered = Boolean(search.status || search.priority || search.project || search.q);
  return (
    <div className="grid gap-4">
      <OptionLinks
        label={copy.status}
        options={[
          {
            label: copy.all,
            href: ticketListHref(baseHref, { ...rest, status: undefined }),
            current: search.status === undefined,
            count: format.number(all),
          },
          ...ticketStatuses
            .filter((status) => counts[status] > 0 || status === search.status)
            .map((status) => ({
              label: t.tickets.statuses[status],
              href: ticketListHref(baseHref, { ...rest, status }),
              current: status === search.status,
              count: format.number(counts[status]),
            })),
        ]}
      />
      <form
        role="search"
        aria-label={copy.label}
        method="get"
        action={baseHref}
        className="grid grid-cols-2 items-end gap-3 rounded-xl border border-border bg-surface p-4 shadow-xs md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
      >
        {search.status ? <input type="hidden" name="status" value={search.status} /> : null}
        <div className="col-span-2 md:col-span-1">
          <TextField label={copy.search} name="q" type="search" defaultValue={search.q ?? ""} maxLength={200} />
        </div>
        <SelectField label={copy.priority} name="priority" defaultValue={search.priority ?? ""}>
          <option value="">{copy.anyPriority}</option>
          {ticketPriorities.map((priority) => (
            <option key={priority} value={priority}>
              {t.tickets.priorities[priority]}
            </option>
          ))}
        </SelectField>
        <SelectField label={copy.project} name="project" defaultValue={search.project ?? ""}>
          <option value="">{copy.anyProject}</option>
          {projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
        </SelectField>
        <div className="col-span-2 flex flex-wrap items-center gap-2 md:col-span-1">
          <button type="submit" className={buttonStyles({ variant: "secondary" })}>
            {copy.apply}
          </button>
          {filtered ? (
            <Link href={baseHref} className={buttonStyles({ variant: "ghost" })}>
              {copy.clear}
            </Link>
          ) : null}
        </div>
      </form>
    </div>
  );
}
