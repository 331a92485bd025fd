import { cx } from "../ui/cx";
import { bandTextClass } from "./band-classes";
import { scoreBand, scoreBandColors } from "./score-bands";

const radius = 52;
const circumference = 2 * Math.PI * radius;

/**
 * One Lighthouse category score as a ring gauge. The drawing is decorative; the category, the score out of
 * 100 and the band are text, so they are read out and survive without colour.
 */
export function ScoreGauge({
  label,
  score,
  scoreText,
  bandLabel,
}: {
  label: string;
  score: number | null;
  /** "97 out of 100", or "not scored". */
  scoreText: string;
  /** "good", "needs improvement", "poor"; absent when not scored. */
  bandLabel?: string;
}) {
  const band = score === null ? null : scoreBand(score);
  const colors = band ? scoreBandColors[band] : null;
  return (
    <div className="flex flex-col items-center gap-2 text-center">
      <svg
        viewBox="0 0 120 120"
        className={cx("size-24 sm:size-28", band ? bandTextClass[band] : "text-fg-muted")}
        aria-hidden="true"
      >
        {colors ? <circle cx="60" cy="60" r="47" fill={colors.arc} fillOpacity="0.1" /> : null}
        <circle cx="60" cy="60" r={radius} fill="none" strokeWidth="8" className="stroke-border" />
        {colors && score !== null ? (
          <circle
            cx="60"
            cy="60"
            r={radius}
            fill="none"
            stroke={colors.arc}
            strokeWidth="8"
            strokeLinecap="round"
            strokeDasharray={`${(circumference * score) / 100} ${circumference}`}
            transform="rotate(-90 60 60)"
          />
        ) : null}
        <text
          x="60"
          y="61"
          textAnchor="middle"
          dominantBaseline="central"
          fill="currentColor"
          fontSize="34"
          fontWeight="600"
        >
          {score ?? "–"}
        </text>
      </svg>
      <p className="text-sm font-semibold">
        {label}
        <span className="sr-only">: {scoreText}</span>
      </p>
      {band && bandLabel ? <p className={cx("-mt-1.5 text-xs font-medium", bandTextClass[band])}>{bandLabel}</p> : null}
    </div>
  );
}
