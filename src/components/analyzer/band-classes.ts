import type { ScoreBand } from "./score-bands";

/** Text colours per band that keep 4.5:1 contrast on the surfaces, in light and dark mode. */
export const bandTextClass: Record<ScoreBand, string> = {
  good: "text-emerald-700 dark:text-emerald-400",
  average: "text-amber-700 dark:text-amber-300",
  poor: "text-red-700 dark:text-red-400",
};
