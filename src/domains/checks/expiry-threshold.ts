/** Days before an expiry (certificate or registration) at which the owners are warned, each once. */
export const EXPIRY_WARNING_DAYS = [30, 14, 7, 1] as const;

const DAY = 86_400_000;

/**
 * The warning an expiry calls for now: the smallest threshold that `expiresAt` is within, or null when it is
 * further away than the first one or already past (an expired certificate is reported by its status).
 */
export function expiryThreshold(expiresAt: Date, now: Date): (typeof EXPIRY_WARNING_DAYS)[number] | null {
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) return null;
  const within = EXPIRY_WARNING_DAYS.filter((days) => left <= days * DAY);
  return within.length > 0 ? within[within.length - 1]! : null;
}
