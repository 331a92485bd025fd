import { defaultLocale, isLocale, type Locale } from "./locales";

/**
 * Picks the interface language: an explicit choice (the cookie) wins, then the browser's Accept-Language
 * preferences in q order, then the default. Any Portuguese variant maps to pt-BR and any English one to en,
 * because those are the only translations there are.
 */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  for (const tag of preferredLanguageTags(acceptLanguage ?? "")) {
    const match = localeForTag(tag);
    if (match) return match;
  }
  return defaultLocale;
}

function preferredLanguageTags(header: string): string[] {
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== "" && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

function localeForTag(tag: string): Locale | undefined {
  const language = tag.split("-")[0];
  if (language === "pt") return "pt-BR";
  if (language === "en") return "en";
  return undefined;
}
