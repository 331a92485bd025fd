import type { Locale } from "@/src/i18n/locales";
import { leadEmailsEn } from "@/src/i18n/sections/lead-emails.en";
import { leadEmailsPtBR, type LeadEmailTexts } from "@/src/i18n/sections/lead-emails.pt-BR";

const texts: Record<Locale, LeadEmailTexts> = { "pt-BR": leadEmailsPtBR, en: leadEmailsEn };

/** Emails go out from jobs, outside any request: the language is the lead's, not a request's. */
export function leadEmailTexts(locale: Locale): LeadEmailTexts {
  return texts[locale];
}
