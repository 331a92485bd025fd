import type { CertificateSummary } from "@/src/db/schema";

type SslStatus = "valid" | "expiring" | "expired" | "none";

const DAY = 86_400_000;

/**
 * The `domains.ssl_status` a reading amounts to: expired past its end date whatever else is wrong, expiring
 * within 30 days, valid when trusted for the name, and none when no trusted certificate is served (nothing
 * listens on 443, a self-signed or wrong-name certificate; the check row keeps the reason).
 */
export function sslStatus(certificate: CertificateSummary | null, now: Date): SslStatus {
  if (!certificate) return "none";
  const left = new Date(certificate.validTo).getTime() - now.getTime();
  if (left <= 0) return "expired";
  if (!certificate.authorized) return "none";
  return left <= 30 * DAY ? "expiring" : "valid";
}
