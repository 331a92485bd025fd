import type { Metadata } from "next";
import Link from "next/link";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { AppError } from "@/src/errors/app-error";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { embedQuery } from "@/src/search/embed-query";
import { searchDocuments, type SearchHit } from "@/src/search/queries/search-documents";
import { SEARCH_QUERY_MAX, searchParamsSchema } from "@/src/search/search-query";
import { sourceHref } from "@/src/search/source-href";
import { requireWorkspace, type Workspace } from "@/src/workspace/require-workspace";

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.search.title} · ${organization.name}` };
}

type Outcome = { hits: SearchHit[]; notice: string | null } | { failed: true } | null;

/** The question's passages, or `failed` when the embed function cannot answer (logged, never a 500). */
async function runSearch(workspace: Workspace, question: string | undefined): Promise<Outcome> {
  if (!question) return null;
  try {
    const { embedding, notice } = await embedQuery(question);
    return { hits: await searchDocuments(workspace.db, workspace.organization.id, embedding), notice };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error("[search] failed:", error.cause ?? error);
    return { failed: true };
  }
}

/** Semantic search over the organization's own documents, each hit linked to its source. */
export default async function SearchPage({ params, searchParams }: Props) {
  const workspace = await requireWorkspace((await params).org);
  const { q } = searchParamsSchema.parse(await searchParams);
  const [{ t, locale }, outcome] = await Promise.all([getTranslations(), runSearch(workspace, q)]);
  const copy = t.search;
  const slug = workspace.organization.slug;
  const format = formatters(locale, workspace.organization.timeZone);

  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} />
      <form role="search" action={`/app/${slug}/search`} className="flex flex-wrap items-end gap-3">
        <label className="grid min-w-0 flex-1 basis-72 gap-1.5 text-sm font-medium">
          {copy.label}
          <input
            type="search"
            name="q"
            defaultValue={q}
            maxLength={SEARCH_QUERY_MAX}
            placeholder={copy.placeholder}
            className="min-h-10 rounded-lg border border-border-strong/40 bg-surface px-3 py-2 text-base font-normal"
          />
        </label>
        <button type="submit" className={buttonStyles()}>
          {copy.submit}
        </button>
      </form>
      {outcome === null ? (
        <EmptyState icon="search" title={copy.startTitle} body={copy.startBody} />
      ) : "failed" in outcome ? (
        <p role="alert" className="rounded-lg border border-danger/40 bg-danger-soft px-4 py-3 text-sm text-danger">
          {copy.failed}
        </p>
      ) : (
        <section aria-labelledby="search-results" className="grid gap-3">
          <h2 id="search-results" className="text-base font-semibold">
            {copy.results}
          </h2>
          {outcome.notice ? <p className="text-sm text-fg-muted">{copy.offline}</p> : null}
          {outcome.hits.length === 0 ? (
            <EmptyState icon="search" title={copy.emptyTitle} body={copy.emptyBody} />
          ) : (
            <ol className="grid gap-3">
              {outcome.hits.map((hit) => (
                <li key={hit.documentId} className="rounded-xl border border-border bg-surface p-4">
                  <p className="text-xs font-medium text-fg-muted">
                    {copy.kinds[hit.sourceKind] ?? hit.sourceKind} ·{" "}
                    {formatMessage(copy.match, { percent: format.percent(Math.max(0, hit.similarity)) })}
                  </p>
                  <h3 className="mt-1 font-semibold">
                    <Link href={sourceHref(slug, hit)} className="text-accent-text underline-offset-2 hover:underline">
                      {hit.title}
                    </Link>
                  </h3>
                  <p className="mt-1 line-clamp-4 text-sm whitespace-pre-line">{hit.passage}</p>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </div>
  );
}
