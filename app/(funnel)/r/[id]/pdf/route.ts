import { requestLocale } from "@/src/analyzer/request-locale";
import { renderReportPdf } from "@/src/analyzer/report-pdf/render-report-pdf";
import { toAnalysisView } from "@/src/components/analyzer/analysis-status";
import { reportHost } from "@/src/components/analyzer/format-report-values";
import { readAnalysis } from "@/src/components/analyzer/read-analysis";
import { dictionaryFor } from "@/src/i18n/dictionary";

type Context = { params: Promise<{ id: string }> };

function refusal(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } });
}

/**
 * "Download PDF": the report rendered on the server in the reader's language (`?lang=`, else the language
 * cookie, else Accept-Language). Like the full web report, only once an email was given for the analysis.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const locale = requestLocale(request, new URL(request.url).searchParams.get("lang"));
  const t = dictionaryFor(locale);
  const analysis = await readAnalysis((await params).id);
  if (!analysis) return refusal(404, "not_found", t.analyzerApi.messages.notFound);
  const view = toAnalysisView(analysis);
  if (!view.emailGiven) return refusal(403, "email_required", t.analyzerPages.pdf.emailRequired);
  if (!view.full) return refusal(409, "not_ready", t.analyzerPages.pdf.notReady);

  const host = reportHost(view.full.finalUrl);
  const pdf = await renderReportPdf({ host, result: view.full, generatedAt: new Date(), t, locale });
  const fileHost = host.toLowerCase().replace(/[^a-z0-9.-]+/g, "-");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="arco-report-${fileHost}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}
