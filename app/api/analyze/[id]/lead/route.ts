import { z } from "zod";
import { defineAnalyzerRoute } from "@/src/analyzer/define-analyzer-route";
import { giveAnalysisEmail } from "@/src/analyzer/give-analysis-email";
import { clientIp } from "@/src/http/client-ip";
import { locales } from "@/src/i18n/locales";

const leadBody = z
  .object({
    email: z.string(),
    consent: z.boolean().optional(),
    consentTextVersion: z.string().trim().min(1).max(100).optional(),
    locale: z.enum(locales).optional().catch(undefined),
    captchaToken: z.string().max(4096).optional(),
  })
  .refine((body) => !body.consent || body.consentTextVersion !== undefined);

/** The report page's email gate: records the lead for this analysis, which unlocks the full report. */
export const POST = defineAnalyzerRoute(
  { params: z.object({ id: z.uuid() }), body: leadBody },
  async ({ request, params, body, locale }) => {
    const answer = await giveAnalysisEmail({
      analysisId: params.id,
      email: body.email,
      consent: body.consent,
      consentTextVersion: body.consentTextVersion,
      locale,
      captchaToken: body.captchaToken,
      clientIp: clientIp(request.headers),
    });
    return { status: 200, body: answer };
  },
);
