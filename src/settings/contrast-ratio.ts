import { wcagContrast } from "culori";

/**
 * What each brand colour must stay readable with, by WCAG 2's contrast ratio for normal-size text (4.5:1): the
 * primary colour is the background of buttons with white text on it; the accent colour highlights behind the
 * dashboard's dark text (Tailwind's slate-900, the `--fg` of the light theme).
 */
export const brandColorRules = {
  primary: { text: "#FFFFFF", minimum: 4.5 },
  accent: { text: "#0F172A", minimum: 4.5 },
} as const;

export type BrandColor = keyof typeof brandColorRules;

/** The contrast ratio of `hex` with the text drawn on it, rounded down to one decimal as people read "4.5:1". */
export function brandColorContrast(color: BrandColor, hex: string): number {
  return Math.floor(wcagContrast(hex, brandColorRules[color].text) * 10) / 10;
}
