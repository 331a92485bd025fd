import type { ReactNode } from "react";
import { StatusBadge, type Tone } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { formatters } from "@/src/i18n/formatters";

export interface ConnectionRow {
  id: string;
  /** The platform or provider's name. */
  kind: string;
  displayName: string;
  externalId: string;
  credentialHint: string;
  status: "pending" | "active" | "error";
  lastSyncedAt: Date | null;
  lastError: string | null;
}

const tones: Record<ConnectionRow["status"], Tone> = { pending: "neutral", active: "success", error: "danger" };

/**
 * Connected accounts or sources with their sync state: the platform, the name, the credential's last four
 * characters (never more: the sealed credential does not leave the database), when it last synced and the last
 * error. Read-only; the admin passes a control per row (`action`).
 */
export function ConnectionList({
  rows,
  copy,
  format,
  empty,
  action,
}: {
  rows: ConnectionRow[];
  copy: Dictionary["connections"];
  format: ReturnType<typeof formatters>;
  empty: ReactNode;
  action?: (row: ConnectionRow) => ReactNode;
}) {
  if (rows.length === 0) return <div className="text-sm text-fg-muted">{empty}</div>;
  return (
    <ul className="divide-y divide-border">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
          <div className="grid min-w-0 gap-1 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium break-words">{row.displayName}</span>
              <StatusBadge tone={tones[row.status]}>{copy.status[row.status]}</StatusBadge>
            </p>
            <p className="break-all text-fg-muted">
              {row.kind} · <span className="font-mono text-xs">{row.externalId}</span> ·{" "}
              {formatMessage(copy.tokenEnding, { hint: row.credentialHint })}
            </p>
            <p className="text-fg-muted">
              {row.lastSyncedAt ? (
                <time dateTime={row.lastSyncedAt.toISOString()} title={format.dateTime(row.lastSyncedAt)}>
                  {formatMessage(copy.lastSynced, { time: format.relative(row.lastSyncedAt) })}
                </time>
              ) : (
                copy.neverSynced
              )}
            </p>
            {row.status === "error" && row.lastError ? (
              <p className="break-words text-danger">{formatMessage(copy.lastError, { error: row.lastError })}</p>
            ) : null}
          </div>
          {action ? action(row) : null}
        </li>
      ))}
    </ul>
  );
}
