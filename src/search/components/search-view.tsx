import Link from "next/link";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { EmptyState } from "@/src/components/ui/empty-state";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { SearchHit } from "../queries/search-documents";
import type { SearchOutcome } from "../run-search";
import { SEARCH_QUERY_MAX } from "../search-query";

/**
 * The search box and its answer, for a client's own documents and for the agency's search across clients
 * (`showOrganization`): each hit with its kind, how close it came, its source's link and the matching passage.
 */
export function SearchView({
  copy,
  format,
  action,
  question,
  placeholder,
  outcome,
  hrefFor,
  showOrganization = false,
}: {
  copy: Dictionary["search"];
  format: Formatters;
  action: string;
  question: string | undefined;
  placeholder: string;
  outcome: SearchOutcome;
  hrefFor: (hit: SearchHit) => string;
  showOrganization?: boolean;
}) {
  return (
    <>
      <form role="search" action={action} className="flex flex-wrap items-end gap-3">
        <label className="grid min-w-0 flex-1 basis-72 gap-1.5 text-sm font-medium">
          {copy.label}
          <input
            type="search"
            name="q"
            defaultValue={question}
            maxLength={SEARCH_QUERY_MAX}
            placeholder={placeholder}
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
                    {showOrganization ? (
                      <>
                        <span className="sr-only">{copy.admin.organization}: </span>
                        <span className="font-semibold text-fg">{hit.orgName}</span> ·{" "}
                      </>
                    ) : null}
                    {copy.kinds[hit.sourceKind] ?? hit.sourceKind} ·{" "}
                    {formatMessage(copy.match, { percent: format.percent(Math.max(0, hit.similarity)) })}
                  </p>
                  <h3 className="mt-1 font-semibold">
                    <Link href={hrefFor(hit)} className="text-accent-text underline-offset-2 hover:underline">
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
    </>
  );
}
