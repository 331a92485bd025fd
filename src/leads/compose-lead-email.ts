import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { analysisResultSchema, type AnalysisResult } from "@/src/analyzer/analysis-result";
import { leads, urlAnalyses } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { EmailError } from "@/src/email/email-error";
import type { ComposedEmail, OutboxEmail } from "@/src/email/outbox/outbox-email";
import { leadEmailTexts } from "@/src/email/templates/lead-email-texts";
import { NurtureEmail } from "@/src/email/templates/nurture-email";
import { renderEmail } from "@/src/email/templates/render-email";
import { WelcomeEmail } from "@/src/email/templates/welcome-email";
import { formatMessage } from "@/src/i18n/format-message";
import { leadEmailLinks } from "./lead-email-links";
import { nurtureDays } from "./nurture-schedule";
import { siteName } from "./site-name";
import { hashUnsubscribeToken, unsubscribeTokenFor } from "./unsubscribe-token";

const welcomePayload = z.object({ leadId: z.uuid(), analysisId: z.uuid() });
const nurturePayload = z.object({
  leadId: z.uuid(),
  day: z.union(nurtureDays.map((day) => z.literal(day))),
});

const analysisColumns = {
  id: urlAnalyses.id,
  url: urlAnalyses.url,
  finalUrl: urlAnalyses.finalUrl,
  status: urlAnalyses.status,
  result: urlAnalyses.result,
};

function parseResult(result: unknown): AnalysisResult | null {
  const parsed = analysisResultSchema.safeParse(result);
  return parsed.success ? parsed.data : null;
}

/**
 * Turns a queued `lead-welcome` or `lead-nurture` row into the email as it should read at send time: the
 * report's current state, the lead's own unsubscribe link, and the RFC 8058 one-click headers. A nurture
 * email of a lead who has since unsubscribed or signed up is cancelled instead; the welcome email carries
 * the report the visitor asked for, so it is sent regardless.
 */
export async function composeLeadEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const parsed =
    email.template === "lead-welcome"
      ? welcomePayload.safeParse(email.payload)
      : nurturePayload.safeParse(email.payload);
  if (!parsed.success) throw new EmailError("invalid_message", `Malformed ${email.template} payload`);
  const payload = parsed.data;
  const db = serviceDb();

  const [lead] = await db
    .select({ id: leads.id, email: leads.email, status: leads.status, unsubscribedAt: leads.unsubscribedAt })
    .from(leads)
    .where(eq(leads.id, payload.leadId));
  if (!lead) return { kind: "cancel", reason: "lead deleted" };
  if ("day" in payload && (lead.status === "converted" || lead.status === "unsubscribed" || lead.unsubscribedAt)) {
    return { kind: "cancel", reason: `lead ${lead.unsubscribedAt ? "unsubscribed" : lead.status}` };
  }

  // Only the token's hash is stored; rebuilding it here (re)sets the hash, so a lead created by any path,
  // or a changed secret, still gets a link that works.
  const token = unsubscribeTokenFor(lead.id);
  const tokenHash = hashUnsubscribeToken(token);
  await db
    .update(leads)
    .set({ unsubscribeTokenHash: tokenHash })
    .where(and(eq(leads.id, lead.id), sql`${leads.unsubscribeTokenHash} is distinct from ${tokenHash}`));

  const [analysis] =
    "analysisId" in payload
      ? await db.select(analysisColumns).from(urlAnalyses).where(eq(urlAnalyses.id, payload.analysisId))
      : await db
          .select(analysisColumns)
          .from(urlAnalyses)
          .where(eq(urlAnalyses.leadId, lead.id))
          .orderBy(sql`${urlAnalyses.status} = 'done' desc`, desc(urlAnalyses.createdAt))
          .limit(1);

  const links = leadEmailLinks({ email: lead.email, analysisId: analysis?.id ?? null, token });
  const report = analysis?.status === "done" ? parseResult(analysis.result) : null;
  const site = siteName(analysis?.finalUrl ?? analysis?.url);
  const texts = leadEmailTexts(email.locale);
  const siteText = { site: site ?? texts.siteFallback };
  const common = { locale: email.locale, signUpUrl: links.signUpUrl, unsubscribeUrl: links.unsubscribeUrl };

  let subject: string;
  let tags: Record<string, string>;
  let element;
  if ("day" in payload) {
    subject = formatMessage(texts.nurture[`day${payload.day}`].subject, siteText);
    tags = { category: "lead-nurture", day: String(payload.day) };
    element = createElement(NurtureEmail, {
      ...common,
      day: payload.day,
      site,
      reportUrl: links.reportUrl,
      analyzeUrl: links.analyzeUrl,
      report,
    });
  } else {
    if (!analysis || !links.reportUrl) return { kind: "cancel", reason: "analysis deleted" };
    subject = formatMessage(texts.welcome.subject, siteText);
    tags = { category: "lead-welcome" };
    element = createElement(WelcomeEmail, {
      ...common,
      site: siteText.site,
      reportUrl: links.reportUrl,
      analysisStatus: analysis.status,
      scores: report?.scores ?? null,
    });
  }
  const { html, text } = await renderEmail(element);
  return {
    kind: "send",
    message: {
      to: email.toEmail,
      subject,
      html,
      text,
      tags,
      headers: {
        "List-Unsubscribe": `<${links.oneClickUnsubscribeUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    },
  };
}
