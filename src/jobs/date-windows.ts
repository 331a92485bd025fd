/**
 * The `days` calendar days ending on `until` (inclusive, `YYYY-MM-DD`), cut into windows of at most `size`
 * days, oldest first: a sync writes each window as it arrives, so a failure part-way keeps what came before.
 */
export function dateWindows(until: string, days: number, size: number): { since: string; until: string }[] {
  const end = Date.parse(`${until}T00:00:00Z`);
  const day = (offset: number) => new Date(end - offset * 86_400_000).toISOString().slice(0, 10);
  const windows: { since: string; until: string }[] = [];
  for (let first = days - 1; first >= 0; first -= size) {
    windows.push({ since: day(first), until: day(Math.max(0, first - size + 1)) });
  }
  return windows;
}
