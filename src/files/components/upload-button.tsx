"use client";

import { buttonStyles } from "@/src/components/ui/button-styles";
import { Icon } from "@/src/components/ui/icons";
import { useI18n } from "@/src/i18n/i18n-provider";
import { useFileStore } from "./file-store";

/** "Upload files": the file picker, several files at once, into the folder shown. */
export function UploadButton() {
  const { t } = useI18n();
  const { openPicker, permissions } = useFileStore();
  if (!permissions.storageWrites) return null;
  return (
    <button type="button" onClick={openPicker} className={buttonStyles()}>
      <Icon name="upload" className="size-4" />
      {t.files.actions.upload}
    </button>
  );
}
