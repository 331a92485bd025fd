import type { Tone } from "@/src/components/ui/status-badge";

export const domainStatuses = ["active", "pending", "expired", "transferring"] as const;
export type DomainStatus = (typeof domainStatuses)[number];

export const domainStatusTone: Record<DomainStatus, Tone> = {
  active: "success",
  pending: "warning",
  expired: "danger",
  transferring: "info",
};

export type SslState = "valid" | "expiring" | "expired" | "none";

export const sslStateTone: Record<SslState, Tone> = {
  valid: "success",
  expiring: "warning",
  expired: "danger",
  none: "neutral",
};

const thirtyDays = 30 * 24 * 60 * 60 * 1000;

/**
 * The certificate's state now, from its expiry when known: the stored `ssl_status` is only as fresh as the
 * agency's last check, while a date cannot go stale. Without a date, the stored status stands.
 */
export function sslState(status: SslState, expiresAt: Date | null, now: Date): SslState {
  if (expiresAt === null) return status;
  if (expiresAt.getTime() <= now.getTime()) return "expired";
  if (expiresAt.getTime() - now.getTime() <= thirtyDays) return "expiring";
  return "valid";
}

/**
 * A renewal due within the next 30 days that nobody will make automatically: the client should know. A date
 * already past is not one to act on by then (the domain's status says whether it expired).
 */
export function renewalNeedsAttention(renewsAt: Date | null, autoRenew: boolean, now: Date): boolean {
  if (renewsAt === null || autoRenew) return false;
  const left = renewsAt.getTime() - now.getTime();
  return left > 0 && left <= thirtyDays;
}
