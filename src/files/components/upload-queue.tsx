"use client";

import { buttonStyles } from "@/src/components/ui/button-styles";
import { formatters } from "@/src/i18n/formatters";
import { useI18n } from "@/src/i18n/i18n-provider";
import { useFileStore } from "./file-store";
import { isUploadActive, UploadList } from "./upload-list";

/** The file store's uploads: each file with its progress, and Clear for the finished ones. */
export function UploadQueue() {
  const { t, locale } = useI18n();
  const { uploads, cancelUpload, clearUploads } = useFileStore();
  const format = formatters(locale);
  const copy = t.files.upload;
  if (uploads.length === 0) return null;
  const finished = uploads.filter((item) => !isUploadActive(item));
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
      <UploadList items={uploads} onCancel={cancelUpload} />
    </section>
  );
}
