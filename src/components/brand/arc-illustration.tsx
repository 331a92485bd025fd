/** Decorative concentric arcs echoing the logo, for the landing page's hero. */
export function ArcIllustration() {
  const radii = [150, 118, 86, 54];
  return (
    <svg viewBox="0 0 360 220" className="w-full max-w-md" aria-hidden="true">
      {radii.map((r, index) => (
        <path
          key={r}
          d={`M${180 - r} 200a${r} ${r} 0 0 1 ${2 * r} 0`}
          fill="none"
          className="stroke-accent"
          strokeOpacity={0.25 + index * 0.22}
          strokeWidth="14"
          strokeLinecap="round"
        />
      ))}
      <circle cx="180" cy="200" r="12" className="fill-accent" />
    </svg>
  );
}
