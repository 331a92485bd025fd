import type { Metadata } from "next";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { SearchView } from "@/src/search/components/search-view";
import { runSearch } from "@/src/search/run-search";
import { searchParamsSchema } from "@/src/search/search-query";
import { sourceHref } from "@/src/search/source-href";
import { requireWorkspace } from "@/src/workspace/require-workspace";

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.search.title} · ${organization.name}` };
}

/** Semantic search over the organization's own documents, each hit linked to its source. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { db, organization } = await requireWorkspace((await params).org);
  const { q } = searchParamsSchema.parse(await searchParams);
  const [{ t, locale }, outcome] = await Promise.all([getTranslations(), runSearch(db, organization.id, q)]);
  return (
    <div className="grid gap-6">
      <PageHeader title={t.search.title} description={t.search.description} />
      <SearchView
        copy={t.search}
        format={formatters(locale, organization.timeZone)}
        action={`/app/${organization.slug}/search`}
        question={q}
        placeholder={t.search.placeholder}
        outcome={outcome}
        hrefFor={sourceHref}
      />
    </div>
  );
}
