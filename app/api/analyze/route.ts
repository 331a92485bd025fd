import { z } from "zod";
import { defineAnalyzerRoute } from "@/src/analyzer/define-analyzer-route";
import { submitAnalysis } from "@/src/analyzer/submit-analysis";
import { clientIp } from "@/src/http/client-ip";
import { locales } from "@/src/i18n/locales";

const utmValue = z.string().max(200).optional();

const submitBody = z
  .object({
    // The URL's and the email's own rules (and their messages) are the analyzer's: here only their shape.
    url: z.string(),
    email: z.string().nullish(),
    consent: z.boolean().optional(),
    consentTextVersion: z.string().trim().min(1).max(100).optional(),
    // An unknown language falls back to the request's, it does not refuse the analysis.
    locale: z.enum(locales).optional().catch(undefined),
    utm: z
      .object({ source: utmValue, medium: utmValue, campaign: utmValue, term: utmValue, content: utmValue })
      .optional(),
    captchaToken: z.string().max(4096).optional(),
  })
  // LGPD: consent is stored with the version of the text the visitor saw, or not at all.
  .refine((body) => !body.consent || !body.email || body.consentTextVersion !== undefined);

/** Starts an analysis (or answers with the one of the same URL from the last 24 h): 202 { id, status }. */
export const POST = defineAnalyzerRoute({ body: submitBody }, async ({ request, body, locale }) => {
  const analysis = await submitAnalysis({
    url: body.url,
    email: body.email ?? undefined,
    consent: body.consent,
    consentTextVersion: body.consentTextVersion,
    locale,
    utm: body.utm && Object.fromEntries(Object.entries(body.utm).map(([key, value]) => [`utm_${key}`, value])),
    captchaToken: body.captchaToken,
    clientIp: clientIp(request.headers),
  });
  return { status: 202, body: { id: analysis.id, status: analysis.status } };
});
