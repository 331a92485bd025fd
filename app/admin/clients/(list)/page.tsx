import type { Metadata } from "next";
import Link from "next/link";
import { clientListHref, clientListSearchSchema } from "@/src/admin/client-list-search";
import { ClientFilters } from "@/src/admin/components/client-filters";
import { ClientTable } from "@/src/admin/components/client-table";
import { getClients } from "@/src/admin/queries/get-clients";
import { requireAdmin } from "@/src/admin/require-admin";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { ListPagination } from "@/src/tickets/components/list-pagination";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  await requireAdmin();
  const { t } = await getTranslations();
  return { title: `${t.agency.clients.title} · ${t.admin.title}` };
}

export default async function ClientsPage({ searchParams }: Props) {
  const { db } = await requireAdmin();
  const search = clientListSearchSchema.parse(await searchParams);
  const [{ t, locale }, list] = await Promise.all([getTranslations(), getClients(db, search)]);
  const copy = t.agency.clients;
  const format = formatters(locale);
  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} />
      <ClientFilters search={search} t={t} />
      {list.rows.length === 0 ? (
        <EmptyState
          icon="building"
          title={copy.empty.title}
          body={copy.empty.body}
          action={
            <Link href="/admin/clients" className={buttonStyles({ variant: "secondary" })}>
              {copy.clear}
            </Link>
          }
        />
      ) : (
        <>
          <p aria-live="polite" className="-mb-3 text-sm text-fg-muted">
            {format.plural(list.total, copy.results)}
          </p>
          <ClientTable rows={list.rows} search={search} now={new Date()} t={t} format={format} />
          <ListPagination
            page={list.page}
            pages={list.pages}
            hrefFor={(page) => clientListHref({ ...search, page })}
            t={t}
            format={format}
          />
        </>
      )}
    </div>
  );
}
