/**
 * Today's date ("YYYY-MM-DD") in the organization's time zone, to compare with `date` columns: a milestone due
 * today is not overdue in São Paulo just because it is already tomorrow in UTC.
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(now)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}
