"use client";

import { useState, type DragEvent, type ReactNode } from "react";
import { cx } from "@/src/components/ui/cx";
import { Icon } from "@/src/components/ui/icons";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import { useFileStore } from "./file-store";
import { UploadQueue } from "./upload-queue";

function carriesFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes("Files");
}

/**
 * The folder's listing as a drop target: files dragged from the computer anywhere over it are uploaded here.
 * The strip on top says so, and offers the picker for anyone who does not drag (keyboard, phone); the upload
 * queue sits right under it.
 */
export function UploadArea({ hint, children }: { hint: string; children: ReactNode }) {
  const { t } = useI18n();
  const { permissions, addFiles, openPicker, folderName } = useFileStore();
  const [dragging, setDragging] = useState(false);
  const copy = t.files.upload;

  if (!permissions.storageWrites) {
    return (
      <div className="grid gap-4">
        <p className="rounded-lg border border-border bg-surface-muted px-4 py-3 text-sm text-fg-muted">
          {copy.notAllowed}
        </p>
        {children}
      </div>
    );
  }

  return (
    <div
      className="relative grid gap-4"
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
      }}
      onDragLeave={(event) => {
        // Leaving for a child of the area is not leaving the area.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        addFiles([...event.dataTransfer.files]);
      }}
      data-testid="upload-area"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border border-dashed border-border-strong/50 bg-surface px-4 py-3 text-sm">
        <span className="inline-flex size-9 shrink-0 items-center justify-center rounded-lg bg-accent-soft text-accent-text">
          <Icon name="upload" />
        </span>
        <p className="min-w-0 flex-1">
          <span className="font-medium">{copy.dropTitle}</span> {copy.dropOr}{" "}
          <button type="button" onClick={openPicker} className="font-medium text-accent-text underline">
            {copy.choose}
          </button>
          <span className="block text-xs text-fg-muted">{hint}</span>
        </p>
      </div>
      <UploadQueue />
      {children}
      <div
        aria-hidden="true"
        className={cx(
          "pointer-events-none absolute inset-0 items-center justify-center rounded-xl border-2 border-dashed border-accent bg-accent-soft/90 text-base font-semibold text-accent-text",
          dragging ? "flex" : "hidden",
        )}
      >
        {formatMessage(copy.dropping, { folder: folderName })}
      </div>
    </div>
  );
}
