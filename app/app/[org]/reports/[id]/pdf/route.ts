import { notFound, redirect } from "next/navigation";
import { formatMessage } from "@/src/i18n/format-message";
import { getTranslations } from "@/src/i18n/get-translations";
import { getReport } from "@/src/reports/queries/get-report";
import { signReportPdf } from "@/src/reports/storage/sign-report-pdf";
import { requireWorkspace } from "@/src/workspace/require-workspace";

/**
 * The "Download PDF" link: signs a one-minute URL at the moment of the click (a URL signed when the page
 * rendered could have expired by then) and sends the browser there. Without a PDF, back to the report.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const { organization, db } = await requireWorkspace(org);
  const report = await getReport(db, organization.id, id);
  if (!report) notFound();
  const { t } = await getTranslations();
  const url =
    report.status === "ready" && report.objectName
      ? await signReportPdf(report.objectName, {
          download: formatMessage(t.reports.pdfFileName, { period: report.period.slice(0, 7) }),
        })
      : null;
  redirect(url ?? `/app/${organization.slug}/reports/${report.id}`);
}
