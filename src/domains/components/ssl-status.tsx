import { StatusBadge } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { sslState, sslStateTone, type SslState } from "../domain-status";

/**
 * The certificate in colour and words: "SSL valid until 12 Mar 2027", "SSL expires within 30 days · expires in
 * 9 days", "SSL expired · expired 3 days ago", "No SSL".
 */
export function SslStatus({
  status,
  expiresAt,
  now,
  t,
  format,
}: {
  status: SslState;
  expiresAt: Date | null;
  now: Date;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.domains.ssl;
  const state = sslState(status, expiresAt, now);
  const when =
    expiresAt === null
      ? null
      : state === "valid"
        ? formatMessage(copy.validUntil, { date: format.date(expiresAt) })
        : state === "expiring"
          ? formatMessage(copy.expiresOn, { when: format.relative(expiresAt, now) })
          : state === "expired"
            ? formatMessage(copy.expiredOn, { when: format.relative(expiresAt, now) })
            : null;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <StatusBadge tone={sslStateTone[state]}>{copy[state]}</StatusBadge>
      {when && expiresAt ? (
        <time dateTime={expiresAt.toISOString()} title={format.dateTime(expiresAt)} className="text-xs text-fg-muted">
          {when}
        </time>
      ) : null}
    </span>
  );
}
