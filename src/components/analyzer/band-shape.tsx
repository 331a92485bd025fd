import { scoreBandColors, type ScoreBand } from "./score-bands";

/**
 * Lighthouse's shapes for its bands (circle good, square average, triangle poor), so the rating does not
 * rest on colour alone. Decorative: the rating is always written next to it.
 */
export function BandShape({ band, className = "size-3" }: { band: ScoreBand; className?: string }) {
  const fill = scoreBandColors[band].arc;
  return (
    <svg viewBox="0 0 12 12" className={`shrink-0 ${className}`} aria-hidden="true">
      {band === "good" ? <circle cx="6" cy="6" r="5.5" fill={fill} /> : null}
      {band === "average" ? <rect x="1" y="1" width="10" height="10" rx="1" fill={fill} /> : null}
      {band === "poor" ? <path d="M6 0.8 11.4 11H0.6z" fill={fill} /> : null}
    </svg>
  );
}
