/** The languages the interface is written in; the first one is the default (the agency's clients are Brazilian). */
export const locales = ["pt-BR", "en"] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "pt-BR";

/** Cookie that remembers an explicit choice made with the language switcher. */
export const localeCookieName = "locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
