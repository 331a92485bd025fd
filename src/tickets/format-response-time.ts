/**
 * A response time in the two largest units that matter ("45 min", "3 h 20 min", "2 dias 4 h"), through Intl's
 * unit formats. Under a minute reads as one minute: nobody measures support in seconds.
 */
export function formatResponseTime(seconds: number, locale: string): string {
  const unit = (value: number, name: "day" | "hour" | "minute") =>
    new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "short" }).format(value);
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return unit(minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest === 0 ? unit(hours, "hour") : `${unit(hours, "hour")} ${unit(rest, "minute")}`;
  }
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest === 0 ? unit(days, "day") : `${unit(days, "day")} ${unit(rest, "hour")}`;
}
