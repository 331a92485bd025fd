/** The schedule's slot of a moment: its hour. Every performance cadence (hourly, daily, weekly) is whole hours. */
export function performanceSlot(at: number): Date {
  return new Date(Math.floor(at / 3_600_000) * 3_600_000);
}
