"use client";

import { buttonStyles } from "@/src/components/ui/button-styles";
import { Icon } from "@/src/components/ui/icons";
import { useI18n } from "@/src/i18n/i18n-provider";
import { useFileStore } from "./file-store";

/** "New folder", inside the folder shown: any member (not in a read-only "view as"). */
export function NewFolderButton() {
  const { t } = useI18n();
  const { openDialog, permissions } = useFileStore();
  if (!permissions.writes) return null;
  return (
    <button
      type="button"
      onClick={() => openDialog({ kind: "newFolder" })}
      className={buttonStyles({ variant: "secondary" })}
    >
      <Icon name="folderPlus" className="size-4" />
      {t.files.actions.newFolder}
    </button>
  );
}
