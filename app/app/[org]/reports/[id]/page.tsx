import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { EmptyState } from "@/src/components/ui/empty-state";
import { Icon } from "@/src/components/ui/icons";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { ReportStatusBadge } from "@/src/reports/components/report-status-badge";
import { ReportSummarySections } from "@/src/reports/components/report-summary-sections";
import { ReportTrendCharts } from "@/src/reports/components/report-trend-charts";
import { getReport } from "@/src/reports/queries/get-report";
import { getReportTrend } from "@/src/reports/queries/get-report-trend";
import { reportMonth, reportSections } from "@/src/reports/report-figures";
import { signReportPdf } from "@/src/reports/storage/sign-report-pdf";
import { requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string; id: string }> };

async function load(params: Props["params"]) {
  const { org, id } = await params;
  const workspace = await requireWorkspace(org);
  const report = await getReport(workspace.db, workspace.organization.id, id);
  if (!report) notFound();
  return { workspace, report };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t, locale }, { workspace, report }] = await Promise.all([getTranslations(), load(params)]);
  const month = reportMonth(formatters(locale, workspace.organization.timeZone))(report.period);
  return { title: `${formatMessage(t.reports.detail.title, { month })} · ${workspace.organization.name}` };
}

export default async function ReportPage({ params }: Props) {
  const { workspace, report } = await load(params);
  const { organization, db } = workspace;
  const hasPdf = report.status === "ready" && report.objectName !== null;
  const [{ t, locale }, trend, pdfAvailable] = await Promise.all([
    getTranslations(),
    getReportTrend(db, organization.id, report.period),
    // Signing checks that the object exists and that this user may read it; the link signs again on click.
    hasPdf ? signReportPdf(report.objectName!).then(Boolean) : Promise.resolve(false),
  ]);
  const copy = t.reports;
  const format = formatters(locale, organization.timeZone);
  const month = reportMonth(format)(report.period);
  const base = `/app/${organization.slug}/reports`;
  const previousPeriod = new Date(`${report.period}T12:00:00Z`);
  previousPeriod.setUTCMonth(previousPeriod.getUTCMonth() - 1);
  const previous = trend.find((entry) => entry.period === previousPeriod.toISOString().slice(0, 10)) ?? null;
  const hasFigures = reportSections.some((section) => section.figures.some((key) => report.summary[key] !== undefined));

  return (
    <div className="grid gap-6">
      <PageHeader
        title={formatMessage(copy.detail.title, { month })}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ReportStatusBadge status={report.status} t={t} />
            <span>
              {report.generatedAt
                ? formatMessage(copy.generatedAt, { date: format.dateTime(report.generatedAt) })
                : formatMessage(copy.detail.description, { month })}
            </span>
          </span>
        }
        breadcrumbs={[{ label: copy.title, href: base }, { label: month }]}
        breadcrumbsLabel={t.workspace.breadcrumbsLabel}
        actions={
          pdfAvailable ? (
            <a href={`${base}/${report.id}/pdf`} className={buttonStyles()}>
              <Icon name="download" className="size-4" />
              {copy.detail.download}
              <span className="sr-only">: {month}</span>
            </a>
          ) : undefined
        }
      />

      {report.status !== "ready" ? (
        <p
          role="status"
          className={
            report.status === "failed"
              ? "rounded-lg border border-danger/30 bg-danger-soft px-4 py-3 text-sm text-danger"
              : "rounded-lg border border-border bg-surface-muted px-4 py-3 text-sm"
          }
        >
          {copy.statusNotes[report.status]}
        </p>
      ) : !pdfAvailable ? (
        <div role="status" className="rounded-lg border border-border bg-surface-muted px-4 py-3 text-sm">
          <p className="font-semibold">{copy.detail.preparing}</p>
          <p className="text-fg-muted">{copy.detail.preparingBody}</p>
        </div>
      ) : null}

      {hasFigures ? (
        <>
          <ReportSummarySections summary={report.summary} previous={previous} format={format} t={t} />
          <ReportTrendCharts trend={trend} format={format} t={t} />
        </>
      ) : (
        <EmptyState icon="chart" title={copy.noFigures} />
      )}
    </div>
  );
}
