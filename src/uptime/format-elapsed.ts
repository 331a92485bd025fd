/**
 * An outage's length in the two largest units that matter ("2 h 10 min", "1 dia 3 h"), through Intl's unit
 * and list formats. `formatters().duration` stops at seconds, which suits page timings, not outages.
 */
export function formatElapsed(ms: number, locale: string): string {
  const totalMinutes = Math.max(1, Math.round(ms / 60_000));
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const unit = (value: number, name: "day" | "hour" | "minute") =>
    new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: name === "day" ? "long" : "short" }).format(
      value,
    );
  const parts =
    days > 0
      ? [unit(days, "day"), ...(hours > 0 ? [unit(hours, "hour")] : [])]
      : hours > 0
        ? [unit(hours, "hour"), ...(minutes > 0 ? [unit(minutes, "minute")] : [])]
        : [unit(minutes, "minute")];
  return new Intl.ListFormat(locale, { style: "narrow", type: "unit" }).format(parts);
}
