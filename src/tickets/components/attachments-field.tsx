"use client";

import { useId, useMemo, useRef } from "react";
import { idleState } from "@/src/actions/action-state";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { Icon } from "@/src/components/ui/icons";
import { discardUpload } from "@/src/files/actions/discard-upload";
import { prepareUpload } from "@/src/files/actions/prepare-upload";
import { HiddenFilePicker } from "@/src/files/components/hidden-file-picker";
import { isUploadActive, UploadList } from "@/src/files/components/upload-list";
import { useUploadQueue, type UploadItem } from "@/src/files/upload/use-upload-queue";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { useI18n } from "@/src/i18n/i18n-provider";
import { useSupabasePublicConfig } from "@/src/supabase/supabase-config-provider";
import { ATTACHMENTS_MAX } from "../message-limits";

export interface AttachmentTarget {
  slug: string;
  /** The room the page saw: the plan's storage limit (null: unlimited) and what is used. */
  storage: { used: number; limit: number | null };
}

/**
 * A message's attachments while it is written: each file goes to Storage as soon as it is chosen (with the file
 * store's checks, progress and cancel) and the message then names the stored objects. `busy` holds the message
 * back until every file has arrived; `reset` forgets the files once the message that names them is posted.
 */
export function useMessageAttachments({ slug, storage }: AttachmentTarget) {
  const { t, locale } = useI18n();
  const supabase = useSupabasePublicConfig();
  const format = useMemo(() => formatters(locale), [locale]);
  const queue = useUploadQueue({ supabase, prepareUpload, onUploaded: () => {}, t, format });
  const sent = queue.items.filter((item) => item.status === "done" && item.objectName);

  const remove = (item: UploadItem) => {
    queue.dismiss(item.key);
    if (!item.objectName) return;
    const form = new FormData();
    form.set("org", slug);
    form.set("objectName", item.objectName);
    // Best effort: what is not taken back here, the orphan sweep removes later.
    void discardUpload(idleState, form);
  };

  return {
    items: queue.items,
    sent,
    busy: queue.items.some(isUploadActive),
    full:
      queue.items.filter((item) => item.status !== "failed" && item.status !== "cancelled").length >= ATTACHMENTS_MAX,
    add: (files: File[]) => queue.addFiles(files, { slug, folderId: null, ...storage }),
    cancel: queue.cancel,
    remove,
    reset: queue.clearFinished,
  };
}

/** The attach button, the files with their progress, and the hidden fields that name the sent ones. */
export function AttachmentsField({ attachments }: { attachments: ReturnType<typeof useMessageAttachments> }) {
  const { t } = useI18n();
  const copy = t.tickets.attachmentsField;
  const picker = useRef<HTMLInputElement>(null);
  const hintId = useId();
  return (
    <fieldset className="grid gap-2" aria-describedby={hintId}>
      <legend className="text-sm font-medium">{copy.label}</legend>
      <p id={hintId} className="text-sm text-fg-muted">
        {formatMessage(copy.hint, { max: ATTACHMENTS_MAX })}
      </p>
      <div>
        <button
          type="button"
          onClick={() => picker.current?.click()}
          disabled={attachments.full}
          className={buttonStyles({ variant: "secondary" })}
        >
          <Icon name="paperclip" className="size-4" />
          {copy.add}
        </button>
        <HiddenFilePicker ref={picker} onFiles={attachments.add} testId="attachment-picker" />
      </div>
      {attachments.items.length > 0 ? (
        <UploadList items={attachments.items} onCancel={attachments.cancel} onRemove={attachments.remove} />
      ) : null}
      {attachments.sent.map((item) => (
        <input
          key={item.key}
          type="hidden"
          name="attachments[]"
          value={JSON.stringify({ objectName: item.objectName, name: item.name })}
        />
      ))}
      {attachments.busy ? (
        <p role="status" className="text-sm text-fg-muted">
          {copy.waiting}
        </p>
      ) : null}
    </fieldset>
  );
}
