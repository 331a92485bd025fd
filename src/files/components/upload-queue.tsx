"use client";

import { buttonStyles } from "@/src/components/ui/button-styles";
import { cx } from "@/src/components/ui/cx";
import { ProgressBar } from "@/src/components/ui/progress-bar";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { useI18n } from "@/src/i18n/i18n-provider";
import type { UploadItem } from "../upload/use-upload-queue";
import { useFileStore } from "./file-store";

const cancellable: UploadItem["status"][] = ["queued", "preparing", "uploading"];

/** The files being uploaded: each with its progress, its state in words, and Cancel while it can be stopped. */
export function UploadQueue() {
  const { t, locale } = useI18n();
  const { uploads, cancelUpload, clearUploads } = useFileStore();
  const format = formatters(locale);
  const copy = t.files.upload;
  if (uploads.length === 0) return null;
  const finished = uploads.filter((item) => !cancellable.includes(item.status) && item.status !== "recording");
  const sent = uploads.filter((item) => item.status === "done").length;

  return (
    <section aria-labelledby="upload-queue-title" className="rounded-xl border border-border bg-surface p-4 shadow-xs">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="upload-queue-title" className="text-sm font-semibold">
          {copy.queue}
        </h2>
        {finished.length > 0 ? (
          <button type="button" onClick={clearUploads} className={buttonStyles({ variant: "ghost" })}>
            {copy.clear}
          </button>
        ) : null}
      </div>
      <p aria-live="polite" className="sr-only">
        {sent > 0 ? format.plural(sent, t.files.done.uploaded) : ""}
      </p>
      <ul className="grid gap-3">
        {uploads.map((item) => {
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
                      onClick={() => cancelUpload(item.key)}
                      aria-label={formatMessage(copy.cancelFor, { name: item.name })}
                      className="rounded-md px-2 py-1 font-medium text-fg hover:bg-surface-muted"
                    >
                      {copy.cancel}
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
    </section>
  );
}
