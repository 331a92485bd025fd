import Link from "next/link";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { reportFigureFormat } from "@/src/reports/report-figures";
import type { ReportFigureKey } from "@/src/reports/report-summary";
import type { InsightContent } from "../insights/insight-answer";
import { figureHref, type InsightFigure } from "../insights/insight-figure";

const marker = /\[(F\d{1,3})\]/g;

/**
 * A written insight: the headline, its paragraphs with each citation as a numbered link to the figure's
 * source row, and the list of sources (label, value, previous value) below, in citation order.
 */
export function InsightArticle({
  insightId,
  content,
  figures,
  slug,
  t,
  format,
  headingLevel = 2,
}: {
  insightId: string;
  content: InsightContent;
  figures: InsightFigure[];
  slug: string;
  t: Dictionary;
  format: Formatters;
  headingLevel?: 2 | 3;
}) {
  const copy = t.insights;
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const cited = [...new Set(content.paragraphs.flatMap((paragraph) => paragraph.citations))].filter((id) =>
    byId.has(id),
  );
  const number = (id: string) => cited.indexOf(id) + 1;
  // A report's figure is named and formatted as on the report; others keep their label and a plain number.
  const reportKey = (figure: InsightFigure) =>
    figure.source.table === "reports" && figure.key && figure.key in t.reports.figures
      ? (figure.key as ReportFigureKey)
      : null;
  const label = (figure: InsightFigure) => {
    const key = reportKey(figure);
    return key ? t.reports.figures[key] : figure.label;
  };
  const value = (figure: InsightFigure, raw: number | string | null) => {
    if (raw === null) return "";
    if (raw === "ongoing") return copy.ongoing;
    const key = reportKey(figure);
    if (key && typeof raw === "number") return reportFigureFormat(format, t, { currency: figure.unit })(key, raw);
    const shown = typeof raw === "number" ? format.number(raw) : raw;
    return figure.unit && figure.unit !== "count" ? `${shown} ${figure.unit}` : shown;
  };
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const SourcesHeading = headingLevel === 2 ? "h3" : "h4";

  return (
    <article aria-labelledby={`insight-${insightId}`} className="grid gap-3">
      <Heading id={`insight-${insightId}`} className="text-lg font-semibold">
        {content.headline}
      </Heading>
      {content.paragraphs.map((paragraph, index) => (
        <p key={index} className="leading-relaxed">
          {paragraph.text.split(marker).map((part, i) => {
            if (i % 2 === 0) return part;
            const figure = byId.get(part);
            if (!figure) return null;
            return (
              <sup key={i}>
                <Link
                  href={figureHref(slug, figure)}
                  className="px-0.5 font-semibold text-accent-text underline"
                  aria-label={formatMessage(copy.citation, { n: String(number(part)), label: label(figure) })}
                  data-citation={figure.source.id}
                >
                  [{number(part)}]
                </Link>
              </sup>
            );
          })}
        </p>
      ))}
      <section aria-label={copy.sources} className="grid gap-1 border-t border-border pt-3 text-sm">
        <SourcesHeading className="font-semibold">{copy.sources}</SourcesHeading>
        <ol className="grid list-decimal gap-1 pl-5">
          {cited.map((id) => {
            const figure = byId.get(id)!;
            return (
              <li key={id}>
                <Link href={figureHref(slug, figure)} className="text-accent-text underline">
                  {label(figure)}
                </Link>
                : {value(figure, figure.value)}
                {figure.previous !== null ? (
                  <span className="text-fg-muted">
                    {" "}
                    ({formatMessage(copy.previous, { value: value(figure, figure.previous) })})
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
