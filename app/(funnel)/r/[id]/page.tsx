import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { toAnalysisView } from "@/src/components/analyzer/analysis-status";
import { AnalysisView } from "@/src/components/analyzer/analysis-view";
import { reportHost } from "@/src/components/analyzer/format-report-values";
import { readAnalysis } from "@/src/components/analyzer/read-analysis";
import { formatMessage } from "@/src/i18n/format-message";
import { getTranslations } from "@/src/i18n/get-translations";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, analysis] = await Promise.all([getTranslations(), readAnalysis((await params).id)]);
  const copy = t.analyzerPages.meta;
  if (!analysis) return { title: t.analyzerPages.notFound.title };
  const host = reportHost(analysis.finalUrl ?? analysis.url);
  return {
    title: formatMessage(analysis.status === "done" ? copy.reportTitle : copy.reportPendingTitle, { host }),
    // Indexable: a report shows only what anyone can measure on a public site (never the email given), and its
    // random id is linked from nowhere unless whoever ran it shares it. The analyzed site's link is nofollow.
    description: formatMessage(copy.reportDescription, { host }),
  };
}

/** The shareable report of one analysis, following it live while it still runs. */
export default async function ReportPage({ params }: Props) {
  const analysis = await readAnalysis((await params).id);
  if (!analysis) notFound();
  return <AnalysisView initial={toAnalysisView(analysis)} />;
}
