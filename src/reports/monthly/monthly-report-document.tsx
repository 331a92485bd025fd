import { Document, Page, Text, View } from "@react-pdf/renderer";
import { pdfColors, styles } from "@/src/analyzer/report-pdf/pdf-styles";
import { pdfText } from "@/src/analyzer/report-pdf/pdf-text";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { reportFigureFormat, reportMonth, reportSections } from "../report-figures";
import type { ReportSummary } from "../report-summary";

export interface MonthlyReportProps {
  t: Dictionary;
  format: Formatters;
  /** The brand on the cover: Arco, or the organization itself on a white-label plan. */
  brand: string;
  organization: string;
  /** `YYYY-MM-01` */
  period: string;
  summary: ReportSummary;
  generatedAt: Date;
}

/** The monthly report as a PDF: the month's figures by section, as the dashboard's report page shows them. */
export function MonthlyReportDocument(props: MonthlyReportProps) {
  const { t, format, summary } = props;
  const month = reportMonth(format)(props.period);
  const figure = reportFigureFormat(format, t, summary);
  return (
    <Document title={pdfText(`${props.organization} · ${month}`)} author={pdfText(props.brand)}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.brandName}>{pdfText(props.brand)}</Text>
        <Text style={[styles.title, { marginTop: 18 }]}>
          {pdfText(formatMessage(t.reports.detail.title, { month }))}
        </Text>
        <Text style={styles.meta}>
          {pdfText(`${props.organization} · ${formatMessage(t.reports.detail.description, { month })}`)}
        </Text>
        {reportSections.map((section) => (
          <View key={section.key} style={styles.section} wrap={false}>
            <Text style={styles.sectionTitle}>{pdfText(t.reports.sections[section.key])}</Text>
            {section.figures.map((key) => (
              <View
                key={key}
                style={{
                  flexDirection: "row",
                  justifyContent: "space-between",
                  paddingVertical: 5,
                  borderBottomWidth: 1,
                  borderBottomColor: pdfColors.border,
                }}
              >
                <Text>{pdfText(t.reports.figures[key])}</Text>
                <Text style={{ fontFamily: "Helvetica-Bold" }}>{pdfText(figure(key, summary[key]))}</Text>
              </View>
            ))}
          </View>
        ))}
        <Text style={[styles.meta, { marginTop: 24 }]}>{pdfText(format.dateTime(props.generatedAt))}</Text>
      </Page>
    </Document>
  );
}
