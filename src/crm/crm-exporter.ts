import type { Locale } from "@/src/i18n/locales";

/** A lead as a CRM receives it: contact data and where it came from, nothing about its nurture state. */
export interface CrmLead {
  email: string;
  locale: Locale;
  source: string;
  /** The first site the lead analyzed. */
  firstUrl: string | null;
  utm: Record<string, string>;
  /** LGPD: when marketing consent was given, and which text; null without consent. */
  consentAt: Date | null;
  consentTextVersion: string | null;
  capturedAt: Date;
}

export interface CrmExportResult {
  /** The CRM's id of the contact. */
  externalId: string;
  /** Whether the CRM created the contact (rather than updating an existing one). */
  created: boolean;
}

/**
 * Where captured leads go for the sales team. Implementations upsert by email, so exporting the same lead
 * again (a retried job, a returning visitor) updates one contact rather than creating a duplicate.
 */
export interface CrmExporter {
  readonly name: string;
  exportLead(lead: CrmLead): Promise<CrmExportResult>;
}

/** A failed export, with whether trying again later can help (a rate limit or an outage can; a bad token cannot). */
export class CrmExportError extends Error {
  readonly retryable: boolean;

  constructor(message: string, options: { retryable: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = "CrmExportError";
    this.retryable = options.retryable;
  }
}
