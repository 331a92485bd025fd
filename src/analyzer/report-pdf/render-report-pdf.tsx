import "server-only";
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import { ReportDocument, type ReportPdfProps } from "./report-document";

/** The report as PDF bytes, rendered on the server. */
export function renderReportPdf(props: ReportPdfProps): Promise<Buffer> {
  return renderToBuffer((<ReportDocument {...props} />) as ReactElement<DocumentProps>);
}
