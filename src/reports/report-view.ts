import type { ReportStatus } from "./report-status";
import type { ReportSummary } from "./report-summary";

/** A monthly report as the pages show it. */
export interface ReportView {
  id: string;
  /** The month's first day, "YYYY-MM-DD". */
  period: string;
  status: ReportStatus;
  /** The PDF's object in the report-pdfs bucket, once the job has written it. */
  objectName: string | null;
  generatedAt: Date | null;
  summary: ReportSummary;
}
