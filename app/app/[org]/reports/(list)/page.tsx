import type { Metadata } from "next";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { ReportList } from "@/src/reports/components/report-list";
import { listReports } from "@/src/reports/queries/list-reports";
import { requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.reports.title} · ${organization.name}` };
}

export default async function ReportsPage({ params }: Props) {
  const { organization, db } = await requireWorkspace((await params).org);
  const [{ t, locale }, reports] = await Promise.all([getTranslations(), listReports(db, organization.id)]);
  const copy = t.reports;
  const format = formatters(locale, organization.timeZone);
  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} />
      {reports.length === 0 ? (
        <EmptyState icon="chart" title={copy.empty.title} body={copy.empty.body} />
      ) : (
        <ReportList reports={reports} base={`/app/${organization.slug}/reports`} format={format} t={t} />
      )}
    </div>
  );
}
