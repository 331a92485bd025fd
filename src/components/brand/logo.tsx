/** The Arco mark (an arc over a baseline) and wordmark. */
export function Logo({ label, compact = false }: { label: string; compact?: boolean }) {
  return (
    <span className="inline-flex items-center gap-2 text-lg font-semibold tracking-tight text-fg">
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden="true">
        <rect width="32" height="32" rx="8" className="fill-accent" />
        <path d="M8 22a8 8 0 0 1 16 0" fill="none" stroke="white" strokeWidth="3" strokeLinecap="round" />
        <circle cx="16" cy="22" r="2" fill="white" />
      </svg>
      {/* Compact: on small screens the mark alone, leaving room for what sits beside it. */}
      <span className={compact ? "max-sm:sr-only" : undefined}>{label}</span>
    </span>
  );
}
