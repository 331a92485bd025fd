import "server-only";
import { stringify } from "csv-stringify/sync";
import type { LeadRow } from "./queries/get-leads";

/**
 * The CSV export of leads: only leads who gave consent, and only what they gave it for (contact, site and its
 * scores, the consent itself, the funnel's progress and campaign). Nothing internal (hashes, tokens, addresses)
 * is ever selected. csv-stringify does the quoting: emails and URLs can hold commas and quotes, and a leading
 * "=" must not become a spreadsheet formula.
 */
export function leadsCsv(leads: LeadRow[]): string {
  const consented = leads.filter((lead) => lead.consentAt !== null);
  return stringify(
    consented.map((lead) => [
      lead.email,
      lead.name ?? "",
      lead.company ?? "",
      lead.url ?? "",
      lead.scores?.performance ?? "",
      lead.scores?.accessibility ?? "",
      lead.scores?.bestPractices ?? "",
      lead.scores?.seo ?? "",
      lead.consentAt!.toISOString(),
      lead.consentTextVersion ?? "",
      lead.status,
      lead.nurtureStep,
      lead.utm.utm_source ?? "",
      lead.utm.utm_medium ?? "",
      lead.utm.utm_campaign ?? "",
      lead.convertedOrgSlug ?? "",
      lead.createdAt.toISOString(),
    ]),
    {
      header: true,
      columns: [
        "email",
        "name",
        "company",
        "url",
        "performance",
        "accessibility",
        "best_practices",
        "seo",
        "consent_at",
        "consent_text_version",
        "status",
        "nurture_step",
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "converted_organization",
        "created_at",
      ],
      escape_formulas: true,
    },
  );
}
