import { cx } from "./cx";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-accent text-accent-fg shadow-sm hover:bg-accent-hover",
  secondary: "border border-border-strong/40 bg-surface text-fg shadow-sm hover:bg-surface-muted",
  ghost: "text-fg-muted hover:bg-surface-muted hover:text-fg",
  // What cannot be undone (removing someone, leaving): in words and in colour, never colour alone.
  danger: "border border-danger/40 bg-danger-soft text-danger shadow-sm hover:border-danger",
};

/** Shared by <button>s and links that look like buttons, so both stay identical. */
export function buttonStyles({
  variant = "primary",
  fullWidth = false,
}: { variant?: ButtonVariant; fullWidth?: boolean } = {}) {
  return cx(
    "inline-flex min-h-10 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-semibold transition-colors",
    "disabled:cursor-not-allowed disabled:opacity-70 aria-busy:cursor-progress",
    variants[variant],
    fullWidth && "w-full",
  );
}
