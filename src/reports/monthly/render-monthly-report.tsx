import "server-only";
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import { MonthlyReportDocument, type MonthlyReportProps } from "./monthly-report-document";

/** The monthly report as PDF bytes. */
export function renderMonthlyReport(props: MonthlyReportProps): Promise<Buffer> {
  return renderToBuffer((<MonthlyReportDocument {...props} />) as ReactElement<DocumentProps>);
}
