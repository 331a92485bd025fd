"use client";

import { cx } from "@/src/components/ui/cx";
import { ProgressBar } from "@/src/components/ui/progress-bar";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { useI18n } from "@/src/i18n/i18n-provider";
import type { UploadItem } from "../upload/use-upload-queue";

const cancellable: UploadItem["status"][] = ["queued", "preparing", "uploading"];

/** Whether a file is still on its way (it can be cancelled, or is being recorded). */
export function isUploadActive(item: UploadItem): boolean {
  return cancellable.includes(item.status) || item.status === "recording";
}

/**
 * Files being uploaded: each with its size, its progress, its state in words and Cancel while it can be
 * stopped; with `onRemove`, a sent file can be taken back (an attachment before its message is posted).
 */
export function UploadList({
  items,
  onCancel,
  onRemove,
}: {
  items: UploadItem[];
  onCancel: (key: string) => void;
  onRemove?: (item: UploadItem) => void;
}) {
  const { t, locale } = useI18n();
  const format = formatters(locale);
  const copy = t.files.upload;
  const action = "rounded-md px-2 py-1 font-medium text-fg hover:bg-surface-muted";
  return (
    <ul className="grid gap-3">
      {items.map((item) => {
        const ratio = item.size > 0 ? item.loaded / item.size : 0;
        const percent = format.percent(ratio);
        const status =
          item.status === "uploading" ? formatMessage(copy.status.uploading, { percent }) : copy.status[item.status];
        return (
          <li key={item.key} className="grid gap-1.5" data-upload-status={item.status}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 text-sm">
              <span className="min-w-0 font-medium [overflow-wrap:anywhere]">{item.name}</span>
              <span className="flex items-center gap-3 text-xs text-fg-muted tabular-nums">
                <span>{format.bytes(item.size)}</span>
                <span
                  className={cx(
                    item.status === "failed" && "font-medium text-danger",
                    item.status === "done" && "font-medium text-success",
                  )}
                >
                  {status}
                </span>
                {cancellable.includes(item.status) ? (
                  <button
                    type="button"
                    onClick={() => onCancel(item.key)}
                    aria-label={formatMessage(copy.cancelFor, { name: item.name })}
                    className={action}
                  >
                    {copy.cancel}
                  </button>
                ) : null}
                {onRemove && !isUploadActive(item) ? (
                  <button
                    type="button"
                    onClick={() => onRemove(item)}
                    aria-label={formatMessage(copy.removeFor, { name: item.name })}
                    className={action}
                  >
                    {copy.remove}
                  </button>
                ) : null}
              </span>
            </div>
            {item.status === "failed" || item.status === "cancelled" ? (
              item.error ? (
                <p className="text-xs text-danger">{item.error}</p>
              ) : null
            ) : (
              <ProgressBar
                label={formatMessage(copy.progress, { name: item.name })}
                value={item.status === "done" || item.status === "recording" ? 100 : ratio * 100}
                valueText={percent}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
