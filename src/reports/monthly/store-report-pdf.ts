import "server-only";
import { eq } from "drizzle-orm";
import { organizations, plans, reports } from "@/src/db/schema";
import { serviceDb, serviceSupabase } from "@/src/db/service-client";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { formatters } from "@/src/i18n/formatters";
import { parseReportSummary } from "../report-summary";
import { reportsBucket } from "../storage/reports-bucket";
import { renderMonthlyReport } from "./render-monthly-report";

/**
 * Renders a report's PDF from its row (figures, organization, language, white label) and writes it to the
 * private bucket under the organization's folder, replacing what a dead run may have left. Returns the
 * object's name and size.
 */
export async function storeReportPdf(reportId: string, now: Date): Promise<{ objectName: string; bytes: number }> {
  const [report] = await serviceDb()
    .select({
      orgId: reports.orgId,
      period: reports.period,
      summary: reports.summary,
      organization: organizations.name,
      locale: organizations.locale,
      timeZone: organizations.timeZone,
      features: plans.features,
    })
    .from(reports)
    .innerJoin(organizations, eq(organizations.id, reports.orgId))
    .innerJoin(plans, eq(plans.key, organizations.tier))
    .where(eq(reports.id, reportId));
  if (!report) throw new Error(`No report ${reportId}`);
  const t = dictionaryFor(report.locale);
  const whiteLabel = (report.features as { white_label?: unknown }).white_label === true;
  const pdf = await renderMonthlyReport({
    t,
    format: formatters(report.locale, report.timeZone),
    brand: whiteLabel ? report.organization : t.common.appName,
    organization: report.organization,
    period: String(report.period),
    summary: parseReportSummary(report.summary),
    generatedAt: now,
  });
  const objectName = `${report.orgId}/reports/${String(report.period).slice(0, 7)}.pdf`;
  const { error } = await serviceSupabase()
    .storage.from(reportsBucket)
    .upload(objectName, pdf, { contentType: "application/pdf", upsert: true });
  if (error) throw new Error(`Storing ${objectName} failed: ${error.message}`);
  return { objectName, bytes: pdf.length };
}
