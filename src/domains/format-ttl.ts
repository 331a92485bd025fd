import type { Locale } from "@/src/i18n/locales";

const units = [
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
] as const;

/** A TTL in the largest unit it is a whole number of ("1 h", "1 dia", "5 min"), otherwise in seconds. */
export function formatTtl(locale: Locale, seconds: number): string {
  const [unit, size] = units.find(([, size]) => seconds >= size && seconds % size === 0) ?? ["second", 1];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short" }).format(seconds / size);
}
