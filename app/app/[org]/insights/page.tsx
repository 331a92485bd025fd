import type { Metadata } from "next";
import { InsightArticle } from "@/src/ai/components/insight-article";
import { InsightProgress } from "@/src/ai/components/insight-progress";
import { InsightsPreview } from "@/src/ai/components/insights-preview";
import { RequestInsightForm } from "@/src/ai/components/request-insight-form";
import { listInsights, type InsightView } from "@/src/ai/queries/list-insights";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters, type Formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { reportMonth } from "@/src/reports/report-figures";
import { requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.insights.title} · ${organization.name}` };
}

/**
 * AI insights: the organization's narratives, newest first, each figure cited and linked to its source; a
 * request button with progress while one is written. Plans without insights see a sample and the upgrade.
 */
export default async function InsightsPage({ params }: Props) {
  const { organization, plan, db } = await requireWorkspace((await params).org);
  const included = plan.features.ai_insights !== "none";
  const [{ t, locale }, insights] = await Promise.all([
    getTranslations(),
    included ? listInsights(db, organization.id) : Promise.resolve([]),
  ]);
  const copy = t.insights;
  const slug = organization.slug;
  const format = formatters(locale, organization.timeZone);
  const pending = insights.find((insight) => insight.status === "queued" || insight.status === "running");
  const [latest, ...earlier] = insights.filter((insight) => insight !== pending);

  if (!included) {
    return (
      <div className="grid gap-6">
        <PageHeader title={copy.title} description={copy.description} />
        <InsightsPreview t={t} billingHref={`/app/${slug}/billing`} />
      </div>
    );
  }
  return (
    <div className="grid gap-6">
      <PageHeader
        title={copy.title}
        description={copy.description}
        actions={pending ? undefined : <RequestInsightForm slug={slug} label={copy.generate} />}
      />
      <p className="text-sm text-fg-muted">
        {formatMessage(copy.allowance, { count: format.number(plan.features.ai_insights_per_day ?? 0) })}
        {plan.features.ai_insights === "priority" ? ` · ${copy.priority}` : null}
      </p>
      {pending ? (
        <InsightProgress
          label={copy.progressLabel}
          message={pending.status === "queued" ? copy.queued : copy.running}
        />
      ) : null}
      {latest ? (
        <section aria-label={copy.latest} className="rounded-xl border border-border bg-surface p-5">
          <InsightEntry insight={latest} slug={slug} t={t} format={format} headingLevel={2} />
        </section>
      ) : pending ? null : (
        <EmptyState icon="chart" title={copy.emptyTitle} body={copy.emptyBody} />
      )}
      {earlier.length > 0 ? (
        <section aria-labelledby="earlier-insights" className="grid gap-3">
          <h2 id="earlier-insights" className="text-base font-semibold">
            {copy.earlier}
          </h2>
          {earlier.map((insight) => (
            <div key={insight.id} className="rounded-xl border border-border bg-surface p-4">
              <InsightEntry insight={insight} slug={slug} t={t} format={format} headingLevel={3} />
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}

function InsightEntry({
  insight,
  slug,
  t,
  format,
  headingLevel,
}: {
  insight: InsightView;
  slug: string;
  t: Dictionary;
  format: Formatters;
  headingLevel: 2 | 3;
}) {
  const copy = t.insights;
  const when =
    insight.kind === "monthly"
      ? formatMessage(copy.monthly, { period: reportMonth(format)(`${insight.period}-01`) })
      : formatMessage(copy.onDemand, { date: format.date(insight.createdAt) });
  return (
    <div className="grid gap-2">
      <p className="text-xs font-medium text-fg-muted">
        {when}
        {insight.keySource === "byok" ? ` · ${copy.ownKey}` : null}
      </p>
      {insight.status === "ready" && insight.content ? (
        <InsightArticle
          insightId={insight.id}
          content={insight.content}
          figures={insight.figures}
          slug={slug}
          t={t}
          format={format}
          headingLevel={headingLevel}
        />
      ) : (
        <p role="note" className="rounded-lg border border-danger/40 bg-danger-soft px-4 py-3 text-sm text-danger">
          {copy.failed[(insight.failureReason ?? "other") as keyof typeof copy.failed] ?? copy.failed.other}
        </p>
      )}
    </div>
  );
}
