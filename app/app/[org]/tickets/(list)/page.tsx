import type { Metadata } from "next";
import Link from "next/link";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { ListPagination } from "@/src/tickets/components/list-pagination";
import { TicketFilters } from "@/src/tickets/components/ticket-filters";
import { TicketList } from "@/src/tickets/components/ticket-list";
import { TicketStats } from "@/src/tickets/components/ticket-stats";
import { getProjectOptions } from "@/src/tickets/queries/get-project-options";
import { getTicketStats } from "@/src/tickets/queries/get-ticket-stats";
import { getTickets } from "@/src/tickets/queries/get-tickets";
import { ticketListHref, ticketListSearchSchema } from "@/src/tickets/ticket-list-search";
import { requireWorkspace } from "@/src/workspace/require-workspace";

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.tickets.title} · ${organization.name}` };
}

export default async function TicketsPage({ params, searchParams }: Props) {
  const { organization, plan, limits, db } = await requireWorkspace((await params).org);
  const search = ticketListSearchSchema.parse(await searchParams);
  const [{ t, locale }, list, stats, projects] = await Promise.all([
    getTranslations(),
    getTickets(db, organization.id, search),
    getTicketStats(db, organization.id, organization.timeZone),
    getProjectOptions(db, organization.id),
  ]);
  const copy = t.tickets;
  const format = formatters(locale, organization.timeZone);
  const base = `/app/${organization.slug}/tickets`;
  const planName = t.workspace.tiers[plan.key as keyof typeof t.workspace.tiers] ?? plan.name;
  const now = new Date();
  const newTicket = (
    <Link href={`${base}/new`} className={buttonStyles()}>
      {copy.newTicket}
    </Link>
  );

  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} actions={newTicket} />
      <TicketStats
        stats={stats}
        limit={limits.tickets_per_month}
        slaHours={plan.slaFirstResponseHours}
        planName={planName}
        waitingHref={ticketListHref(base, { status: "waiting_client" })}
        t={t}
        format={format}
      />
      {list.total === 0 ? (
        <EmptyState icon="ticket" title={copy.empty.title} body={copy.empty.body} action={newTicket} />
      ) : (
        <>
          <TicketFilters
            baseHref={base}
            search={search}
            counts={list.counts}
            projects={projects}
            t={t}
            format={format}
          />
          {list.tickets.length === 0 ? (
            <EmptyState
              icon="list"
              title={copy.emptyFiltered.title}
              body={copy.emptyFiltered.body}
              action={
                <Link href={base} className={buttonStyles({ variant: "secondary" })}>
                  {copy.filters.clear}
                </Link>
              }
            />
          ) : (
            <>
              <p aria-live="polite" className="-mb-3 text-sm text-fg-muted">
                {format.plural(list.matching, copy.list.results)}
              </p>
              <TicketList tickets={list.tickets} baseHref={base} now={now} t={t} format={format} />
              <ListPagination
                page={list.page}
                pages={list.pages}
                hrefFor={(page) => ticketListHref(base, { ...search, page })}
                t={t}
                format={format}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
