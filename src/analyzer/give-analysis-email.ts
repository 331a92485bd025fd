import "server-only";
import { leadCaptured } from "@/inngest/client";
import { withAnon } from "@/src/db/with-user";
import type { Locale } from "@/src/i18n/locales";
import { sendEvent } from "@/src/jobs/send-event";
import { captureLead } from "@/src/leads/capture-lead";
import { hashIpSubject } from "./hash-subject";
import { normalizeEmail } from "./normalize-email";
import { AnalyzerError } from "./analyzer-error";
import { takeEmailGateLimits } from "./take-email-gate-limits";
import { verifyCaptcha } from "./verify-captcha";

export interface GiveAnalysisEmailInput {
  analysisId: string;
  email: string;
  consent?: boolean;
  consentTextVersion?: string;
  locale: Locale;
  captchaToken?: string;
  clientIp: string | null;
}

/**
 * POST /api/analyze/:id/lead, the report page's email gate: checks the CAPTCHA (the welcome email goes to
 * whatever address is given, so this is a way to make Arco send email, like the submission with an email),
 * then counts the email against the email-gate limits and records the lead linked to the analysis, in one
 * anonymous transaction; after the commit, announces the lead (welcome email with the report link, CRM
 * export). When that fails the answer is 503: the lead is kept, and the visitor's retry announces it again.
 */
export async function giveAnalysisEmail(input: GiveAnalysisEmailInput): Promise<{ emailGiven: true }> {
  const email = normalizeEmail(input.email);
  if (!email) throw new AnalyzerError("invalid_email", "emailInvalid");
  // Before any database work: without a valid token nothing is counted against anybody's limits.
  await verifyCaptcha(input.captchaToken, input.clientIp);
  const { leadId } = await withAnon(async (tx) => {
    await takeEmailGateLimits(tx, { analysisId: input.analysisId, ipHash: hashIpSubject(input.clientIp), email });
    return captureLead(tx, {
      email,
      locale: input.locale,
      source: "analyzer",
      consent: input.consent ?? false,
      consentTextVersion: input.consent ? input.consentTextVersion : undefined,
      analysisId: input.analysisId,
    });
  });
  try {
    // Same id as the submission's announcement of this lead and analysis: a retry after a failed send
    // re-sends it, and an event that had arrived is not run twice.
    await sendEvent(leadCaptured.create({ leadId }, { id: `lead-captured:${leadId}:${input.analysisId}` }));
  } catch (error) {
    throw new AnalyzerError("unavailable", "unavailable", { cause: error });
  }
  return { emailGiven: true };
}
