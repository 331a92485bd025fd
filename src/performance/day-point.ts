/**
 * A chart point for a "YYYY-MM-DD" day of the organization's calendar: noon UTC, so formatting it in the
 * organization's time zone (within ±12 h of UTC) shows the same date.
 */
export function dayPoint(day: string, value: number | null): { x: Date; y: number | null } {
  return { x: new Date(`${day}T12:00:00Z`), y: value };
}
