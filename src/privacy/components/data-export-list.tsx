import { EmptyState } from "@/src/components/ui/empty-state";
import { ProgressBar } from "@/src/components/ui/progress-bar";
import { StatusBadge, type Tone } from "@/src/components/ui/status-badge";
import type { DataExportStatus } from "@/src/db/schema";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { DataExportView } from "../queries/list-data-exports";
import { RefreshWhileBuilding } from "./refresh-while-building";

const tones: Record<DataExportStatus, Tone> = {
  queued: "neutral",
  building: "info",
  ready: "success",
  failed: "danger",
  expired: "warning",
};

/** The latest exports: status in words, progress while building, the download while it lasts. */
export function DataExportList({
  exports,
  format,
  t,
}: {
  exports: DataExportView[];
  format: Formatters;
  t: Dictionary;
}) {
  const copy = t.privacy.exports;
  if (exports.length === 0) return <EmptyState icon="inbox" title={copy.emptyTitle} body={copy.emptyBody} />;
  const building = exports.some((e) => e.status === "queued" || e.status === "building");
  return (
    <>
      {building ? <RefreshWhileBuilding /> : null}
      <ul className="grid gap-3" aria-label={copy.title}>
        {exports.map((item) => (
          <li
            key={item.id}
            className="grid gap-2 rounded-lg border border-border p-3 text-sm"
            data-export-status={item.status}
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="text-fg-muted">
                {formatMessage(copy.requestedAt, { date: format.dateTime(item.createdAt) })}
              </span>
              <StatusBadge tone={tones[item.status]}>{copy.statuses[item.status]}</StatusBadge>
            </div>
            {item.status === "queued" || item.status === "building" ? (
              <>
                <ProgressBar
                  label={copy.progress}
                  value={item.progress}
                  valueText={format.percent(item.progress / 100)}
                />
                <p className="text-fg-muted">{copy.notes[item.status]}</p>
              </>
            ) : null}
            {item.status === "failed" || item.status === "expired" ? (
              <p className="text-fg-muted">{copy.notes[item.status]}</p>
            ) : null}
            {item.status === "ready" ? (
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="text-fg-muted">
                  {item.expiresAt ? formatMessage(copy.expiresAt, { date: format.dateTime(item.expiresAt) }) : null}
                  {item.bytes !== null ? ` · ${format.bytes(item.bytes)}` : null}
                </span>
                {item.downloadUrl ? (
                  <a href={item.downloadUrl} className="font-medium text-accent-text hover:underline" download>
                    {copy.download}
                  </a>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
