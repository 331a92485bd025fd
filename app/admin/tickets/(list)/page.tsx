import type { Metadata } from "next";
import Link from "next/link";
import { AssignForm } from "@/src/admin/components/assign-form";
import { TicketQueueTable } from "@/src/admin/components/ticket-queue-table";
import { getStaffOptions } from "@/src/admin/queries/get-staff-options";
import { getTicketQueue } from "@/src/admin/queries/get-ticket-queue";
import { requireAdmin } from "@/src/admin/require-admin";
import { clientTiers } from "@/src/admin/client-list-search";
import { queueViews, ticketQueueHref, ticketQueueSearchSchema } from "@/src/admin/ticket-queue-search";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { EmptyState } from "@/src/components/ui/empty-state";
import { OptionLinks } from "@/src/components/ui/option-links";
import { PageHeader } from "@/src/components/ui/page-header";
import { SelectField } from "@/src/components/ui/select-field";
import { TextField } from "@/src/components/ui/text-field";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { ListPagination } from "@/src/tickets/components/list-pagination";
import { ticketStatuses } from "@/src/tickets/ticket-status";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  await requireAdmin();
  const { t } = await getTranslations();
  return { title: `${t.agency.tickets.title} · ${t.admin.title}` };
}

export default async function TicketQueuePage({ searchParams }: Props) {
  const { db, user } = await requireAdmin();
  const search = ticketQueueSearchSchema.parse(await searchParams);
  const [{ t, locale }, queue, staff] = await Promise.all([
    getTranslations(),
    getTicketQueue(db, user.id, search),
    getStaffOptions(db),
  ]);
  const copy = t.agency.tickets;
  const format = formatters(locale);
  const now = new Date();
  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} />
      <OptionLinks
        label={copy.viewsLabel}
        options={queueViews.map((view) => ({
          label: copy.views[view],
          href: ticketQueueHref({ ...search, view, page: 1 }),
          current: search.view === view,
        }))}
      />
      <form
        role="search"
        aria-label={copy.apply}
        method="get"
        action="/admin/tickets"
        className="grid grid-cols-2 items-end gap-3 rounded-xl border border-border bg-surface p-4 shadow-xs md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
      >
        {search.view !== "all" ? <input type="hidden" name="view" value={search.view} /> : null}
        <div className="col-span-2 md:col-span-1">
          <TextField label={copy.client} name="client" defaultValue={search.client ?? ""} maxLength={48} />
        </div>
        <SelectField label={copy.tier} name="tier" defaultValue={search.tier ?? ""}>
          <option value="">{copy.anyTier}</option>
          {clientTiers.map((tier) => (
            <option key={tier} value={tier}>
              {t.workspace.tiers[tier]}
            </option>
          ))}
        </SelectField>
        <SelectField label={copy.status} name="status" defaultValue={search.status ?? ""}>
          <option value="">{copy.openStatuses}</option>
          {ticketStatuses.map((status) => (
            <option key={status} value={status}>
              {t.tickets.statuses[status]}
            </option>
          ))}
        </SelectField>
        <button type="submit" className={buttonStyles({ variant: "secondary" })}>
          {copy.apply}
        </button>
      </form>
      {queue.tickets.length === 0 ? (
        <EmptyState
          icon="ticket"
          title={copy.empty.title}
          body={copy.empty.body}
          action={
            <Link href="/admin/tickets" className={buttonStyles({ variant: "secondary" })}>
              {t.agency.clients.clear}
            </Link>
          }
        />
      ) : (
        <>
          <p aria-live="polite" className="-mb-3 text-sm text-fg-muted">
            {format.plural(queue.total, copy.results)}
          </p>
          <AssignForm staff={staff} submitLabel={copy.assignSelected}>
            <TicketQueueTable tickets={queue.tickets} now={now} t={t} format={format} />
          </AssignForm>
          <ListPagination
            page={queue.page}
            pages={queue.pages}
            hrefFor={(page) => ticketQueueHref({ ...search, page })}
            t={t}
            format={format}
          />
        </>
      )}
    </div>
  );
}
