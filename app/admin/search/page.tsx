import type { Metadata } from "next";
import { requireAdmin } from "@/src/admin/require-admin";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { SearchView } from "@/src/search/components/search-view";
import { runSearch } from "@/src/search/run-search";
import { searchParamsSchema } from "@/src/search/search-query";
import { adminSourceHref } from "@/src/search/source-href";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  await requireAdmin();
  const { t } = await getTranslations();
  return { title: `${t.search.admin.title} · ${t.admin.title}` };
}

/**
 * Semantic search across every client, as the staff member: row-level security lets staff read every
 * organization's documents, internal notes included, and the match function runs as its caller.
 */
export default async function AdminSearchPage({ searchParams }: Props) {
  const { db } = await requireAdmin();
  const { q } = searchParamsSchema.parse(await searchParams);
  const [{ t, locale }, outcome] = await Promise.all([getTranslations(), runSearch(db, null, q)]);
  return (
    <div className="grid gap-6">
      <PageHeader title={t.search.admin.title} description={t.search.admin.description} />
      <SearchView
        copy={t.search}
        format={formatters(locale)}
        action="/admin/search"
        question={q}
        placeholder={t.search.admin.placeholder}
        outcome={outcome}
        hrefFor={adminSourceHref}
        showOrganization
      />
    </div>
  );
}
