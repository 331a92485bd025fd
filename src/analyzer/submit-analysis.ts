import "server-only";
import { sql } from "drizzle-orm";
import { analyzerUrlSubmitted, leadCaptured, type AppEvent } from "@/inngest/client";
import { withAnon } from "@/src/db/with-user";
import { env } from "@/src/env";
import type { Locale } from "@/src/i18n/locales";
import { sendEvent } from "@/src/jobs/send-event";
import { captureLead } from "@/src/leads/capture-lead";
import { AnalyzerError } from "./analyzer-error";
import { hashEmailSubject, hashIpSubject } from "./hash-subject";
import { normalizeEmail } from "./normalize-email";
import { normalizeUrl } from "./normalize-url";
import { takeEmailGateLimits } from "./take-email-gate-limits";
import { verifyCaptcha } from "./verify-captcha";
import { vetAnalysisUrl } from "./vet-analysis-url";

export type AnalysisStatus = "queued" | "running" | "done" | "failed";

export interface SubmitAnalysisInput {
  url: string;
  email?: string;
  consent?: boolean;
  consentTextVersion?: string;
  locale: Locale;
  /** Attribution, keyed as leads store it (`utm_source`, …). */
  utm?: Record<string, string>;
  captchaToken?: string;
  /** The client's IP (see src/http/client-ip.ts); null when it cannot be known. */
  clientIp: string | null;
}

export interface SubmittedAnalysis {
  id: string;
  status: AnalysisStatus;
  /** True when an analysis of the same URL from the last 24 h answered, and nothing was counted. */
  cached: boolean;
}

type SubmitRow = {
  analysis_id: string | null;
  analysis_status: AnalysisStatus | null;
  cached: boolean;
  retry_after: number | null;
};

/**
 * POST /api/analyze: checks the URL (shape, then the SSRF gate, which resolves the host) and the CAPTCHA
 * before touching the database, then in one anonymous transaction serves the 24 h cache or counts the
 * limits and queues the analysis (funnel.submit_url_analysis), and records the email as a lead. Events go out
 * only after the commit, so the analysis job never looks for a row that is not there yet.
 */
export async function submitAnalysis(input: SubmitAnalysisInput): Promise<SubmittedAnalysis> {
  const url = normalizeUrl(input.url);
  const email = normalizeEmail(input.email);
  // Before the DNS lookup: without a valid token nobody gets the server to resolve names for them.
  await verifyCaptcha(input.captchaToken, input.clientIp);
  await vetAnalysisUrl(url);

  const { ARCO_ANALYZER_LIMIT_PER_IP, ARCO_ANALYZER_LIMIT_PER_EMAIL } = env();
  const ipHash = hashIpSubject(input.clientIp);
  const { analysis, leadId } = await withAnon(async (tx) => {
    const [row] = await tx.execute<SubmitRow>(sql`
      select analysis_id, analysis_status, cached, retry_after from funnel.submit_url_analysis(
        ${url}::text, ${url}::text, ${ipHash}::text, ${email ? hashEmailSubject(email) : null}::text,
        ${ARCO_ANALYZER_LIMIT_PER_IP}::integer, ${ARCO_ANALYZER_LIMIT_PER_EMAIL}::integer
      )`);
    if (!row) throw new Error("funnel.submit_url_analysis returned no row");
    if (!row.analysis_id || !row.analysis_status) {
      throw new AnalyzerError("rate_limited", "analysesLimit", { retryAfter: row.retry_after ?? undefined });
    }
    const analysis: SubmittedAnalysis = { id: row.analysis_id, status: row.analysis_status, cached: row.cached };
    if (!email) return { analysis, leadId: undefined };
    // A new analysis was counted against the email already; a cached one costs an email-gate slot instead, so
    // a popular URL cannot be used to send welcome emails to any number of addresses.
    if (analysis.cached) await takeEmailGateLimits(tx, { analysisId: analysis.id, ipHash, email });
    const lead = await captureLead(tx, {
      email,
      locale: input.locale,
      source: "analyzer",
      utm: input.utm,
      consent: input.consent ?? false,
      consentTextVersion: input.consent ? input.consentTextVersion : undefined,
      analysisId: analysis.id,
    });
    return { analysis, leadId: lead.leadId };
  });

  await announce(analysis, leadId);
  return analysis;
}

/**
 * The analysis job starts on `analyzer/url.submitted`, the welcome email and the CRM export on
 * `leads/lead.captured`. Event ids derive from the rows, and Inngest (like the local scheduler) ignores an id
 * it saw in the last 24 h, the cache's lifetime: so when sending fails the visitor is asked to retry, and the
 * retry (a cache hit on the still queued analysis, the same lead) sends the same events again, which does
 * nothing to those that had arrived.
 */
async function announce(analysis: SubmittedAnalysis, leadId: string | undefined): Promise<void> {
  const events: AppEvent[] = [];
  if (!analysis.cached || analysis.status === "queued") {
    events.push(
      analyzerUrlSubmitted.create({ analysisId: analysis.id }, { id: `analyzer-url-submitted:${analysis.id}` }),
    );
  }
  if (leadId) events.push(leadCaptured.create({ leadId }, { id: `lead-captured:${leadId}:${analysis.id}` }));
  if (events.length === 0) return;
  try {
    await sendEvent(events);
  } catch (error) {
    throw new AnalyzerError("unavailable", "unavailable", { cause: error });
  }
}
