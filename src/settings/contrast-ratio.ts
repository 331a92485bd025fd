import { wcagContrast } from "culori";

/**
 * Brand colours sit behind white text (buttons) and beside white surfaces, so they are judged against white by
 * WCAG 2's contrast ratio: 4.5:1 for the primary colour (normal-size text on it), 3:1 for the accent (large text
 * and interface parts).
 */
export const minimumContrast = { primary: 4.5, accent: 3 } as const;

/** The contrast ratio of `hex` against white, rounded down to one decimal as people read "4.5:1". */
export function contrastWithWhite(hex: string): number {
  return Math.floor(wcagContrast(hex, "#ffffff") * 10) / 10;
}
