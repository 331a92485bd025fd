import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Transaction } from "@/src/db/client";
import { locales, type Locale } from "@/src/i18n/locales";

export interface CaptureLeadInput {
  email: string;
  locale: Locale;
  source: "analyzer";
  /** The analyzed URL; defaults to the analysis's own. */
  url?: string;
  utm?: Record<string, string>;
  /** Marketing consent (nurture emails); the report link is sent either way. */
  consent: boolean;
  /** Version of the consent text the visitor saw; required when `consent` is true (LGPD). */
  consentTextVersion?: string;
  analysisId?: string;
}

const utmKeys = new Set(["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"]);

const inputSchema = z
  .object({
    email: z.string().trim().pipe(z.email().max(320)),
    locale: z.enum(locales),
    source: z.literal("analyzer"),
    url: z.string().trim().min(1).max(2048).optional(),
    // Attribution only: unknown keys are dropped and values capped, since the query string is the visitor's.
    utm: z
      .record(z.string(), z.string())
      .optional()
      .transform((utm) =>
        Object.fromEntries(
          Object.entries(utm ?? {})
            .filter(([key, value]) => utmKeys.has(key) && value.trim() !== "")
            .map(([key, value]) => [key, value.trim().slice(0, 200)]),
        ),
      ),
    consent: z.boolean(),
    consentTextVersion: z.string().trim().min(1).max(100).optional(),
    analysisId: z.uuid().optional(),
  })
  .refine((input) => !input.consent || input.consentTextVersion !== undefined, {
    message: "consent must come with the version of the consent text shown",
    path: ["consentTextVersion"],
  });

/**
 * Records an email left on the funnel as a lead, inside the caller's anonymous transaction (`withAnon`),
 * through `funnel.capture_lead`: upsert by address, consent kept, analysis linked, welcome email queued.
 * Send `leadCaptured` after the transaction commits, so the welcome email and the CRM export go out.
 */
export async function captureLead(
  tx: Transaction,
  input: CaptureLeadInput,
): Promise<{ leadId: string; created: boolean }> {
  const lead = inputSchema.parse(input);
  const rows = await tx.execute<{ lead_id: string; created: boolean }>(sql`
    select lead_id, created from funnel.capture_lead(
      ${lead.email}::text, ${lead.locale}::text, ${lead.source}::text, ${lead.url ?? null}::text,
      ${JSON.stringify(lead.utm)}::jsonb, ${lead.consent}::boolean, ${lead.consentTextVersion ?? null}::text,
      ${lead.analysisId ?? null}::uuid
    )`);
  const [row] = rows;
  if (!row) throw new Error("funnel.capture_lead returned no row");
  return { leadId: row.lead_id, created: row.created };
}
