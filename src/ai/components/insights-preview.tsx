import Link from "next/link";
import { buttonStyles } from "@/src/components/ui/button-styles";
import type { Dictionary } from "@/src/i18n/dictionary";

/**
 * What Free and Basic organizations see instead of their insights: a sample of what one looks like (marked
 * as an example, with made-up figures) and the way to a plan that includes them.
 */
export function InsightsPreview({ t, billingHref }: { t: Dictionary; billingHref: string }) {
  const copy = t.insights.preview;
  return (
    <section aria-labelledby="insights-preview" className="grid gap-4 rounded-xl border border-border bg-surface p-5">
      <div className="grid gap-1">
        <h2 id="insights-preview" className="text-lg font-semibold">
          {copy.title}
        </h2>
        <p className="text-sm text-fg-muted">{copy.body}</p>
      </div>
      <figure className="grid gap-2 rounded-lg border border-dashed border-border-strong/40 p-4">
        <span className="w-fit rounded-full bg-surface-muted px-2 py-0.5 text-xs font-semibold">{copy.badge}</span>
        <p className="font-semibold">{copy.headline}</p>
        {copy.paragraphs.map((paragraph) => (
          <p key={paragraph} className="text-sm leading-relaxed">
            {paragraph}
          </p>
        ))}
        <ol className="list-decimal pl-5 text-xs text-fg-muted">
          {copy.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ol>
      </figure>
      <Link href={billingHref} className={buttonStyles({ fullWidth: false })}>
        {copy.upgrade}
      </Link>
    </section>
  );
}
