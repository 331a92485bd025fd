import type { Locale } from "./locales";

/** Plural forms as Intl.PluralRules names them; `other` is required, the rest fall back to it. */
export type PluralMessages = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Numbers, money, dates and plurals for one locale and one time zone (the organization's), through the
 * platform's ICU (Intl): no hand-made formats. Dates are shown in the organization's zone, so a team spread
 * over time zones sees the same day for the same event.
 */
export function formatters(locale: Locale, timeZone = "America/Sao_Paulo") {
  const number = new Intl.NumberFormat(locale);
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  const shortDate = new Intl.DateTimeFormat(locale, { day: "2-digit", month: "short", timeZone });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const plural = new Intl.PluralRules(locale);
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  return {
    locale,
    timeZone,
    number: (value: number) => number.format(value),
    compact: (value: number) => compact.format(value),
    /** `ratio` is a fraction: 0.25 → "25%". */
    percent: (ratio: number) => percent.format(ratio),
    money(amount: number, currency = "BRL") {
      let format = moneyFormats.get(currency);
      if (!format)
        moneyFormats.set(currency, (format = new Intl.NumberFormat(locale, { style: "currency", currency })));
      return format.format(amount);
    },
    date: (value: Date | string) => date.format(new Date(value)),
    shortDate: (value: Date | string) => shortDate.format(new Date(value)),
    dateTime: (value: Date | string) => dateTime.format(new Date(value)),
    /** "in 3 days", "2 hours ago", in the largest unit that keeps the number small. */
    relative(value: Date | string, now: Date = new Date()) {
      const seconds = (new Date(value).getTime() - now.getTime()) / 1000;
      const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
        ["year", 31_536_000],
        ["month", 2_592_000],
        ["day", 86_400],
        ["hour", 3_600],
        ["minute", 60],
      ];
      for (const [unit, size] of units)
        if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
      return relative.format(Math.round(seconds), "second");
    },
    /** Bytes in the largest binary unit under 1024: 5368709120 → "5 GB". */
    bytes(value: number) {
      const units = ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte"] as const;
      let index = 0;
      let scaled = value;
      while (scaled >= 1024 && index < units.length - 1) {
        scaled /= 1024;
        index++;
      }
      return new Intl.NumberFormat(locale, {
        style: "unit",
        unit: units[index],
        unitDisplay: "short",
        maximumFractionDigits: scaled < 10 && index > 0 ? 1 : 0,
      }).format(scaled);
    },
    /** Milliseconds as "1.2 s" or "850 ms". */
    duration(ms: number) {
      return ms >= 1000
        ? new Intl.NumberFormat(locale, {
            style: "unit",
            unit: "second",
            unitDisplay: "narrow",
            maximumFractionDigits: 1,
          }).format(ms / 1000)
        : new Intl.NumberFormat(locale, {
            style: "unit",
            unit: "millisecond",
            unitDisplay: "narrow",
            maximumFractionDigits: 0,
          }).format(ms);
    },
    /** The message for `count`'s plural form, with `{count}` formatted. */
    plural(count: number, messages: PluralMessages) {
      const form = plural.select(count);
      return (messages[form] ?? messages.other).replaceAll("{count}", number.format(count));
    },
  };
}

export type Formatters = ReturnType<typeof formatters>;
