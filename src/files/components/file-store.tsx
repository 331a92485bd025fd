"use client";

import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";
import type { UploadItem } from "../upload/use-upload-queue";
import type { FileDialogState } from "./file-dialogs";
import { HiddenFilePicker } from "./hidden-file-picker";
import { useUploads } from "./upload-queue-provider";

/** What the current page of the file store lets its parts do, decided on the server from the role and session. */
export interface FileStorePermissions {
  /** Owner or admin: deletes anything, renames and moves anything. */
  manage: boolean;
  /** Whose uploads and folders count as "yours" (the person, or whom a "view as" acts as). */
  actingUserId: string;
  /** Database writes (folders, renames, moves): not in a read-only "view as". */
  writes: boolean;
  /** Storage writes (uploads, file deletions): only with the person's own session, never in a "view as". */
  storageWrites: boolean;
}

interface FileStoreValue {
  slug: string;
  folderId: string | null;
  folderName: string;
  permissions: FileStorePermissions;
  uploads: UploadItem[];
  addFiles: (files: File[]) => void;
  cancelUpload: (key: string) => void;
  clearUploads: () => void;
  openPicker: () => void;
  /** The last thing done (a folder created, a file moved…), for the page's polite live region. */
  notice: string | null;
  announce: (message: string) => void;
  /** The dialog open on this page (new folder, rename, move, delete, preview), if any. */
  dialog: FileDialogState | null;
  openDialog: (dialog: FileDialogState | null) => void;
}

const FileStoreContext = createContext<FileStoreValue | null>(null);

export function useFileStore(): FileStoreValue {
  const value = useContext(FileStoreContext);
  if (!value) throw new Error("useFileStore must be used inside <FileStore>");
  return value;
}

/**
 * One page of the file store (a folder, or the top): the file picker, the open dialog and the page's
 * announcements, shared by the header's buttons, the drop area and the list; files added here are uploaded to
 * the folder shown, through the file store's one upload queue.
 */
export function FileStore({
  slug,
  folderId,
  folderName,
  permissions,
  storage,
  children,
}: {
  slug: string;
  folderId: string | null;
  folderName: string;
  permissions: FileStorePermissions;
  storage: { used: number; limit: number | null };
  children: ReactNode;
}) {
  const picker = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<FileDialogState | null>(null);
  const queue = useUploads();
  const { addFiles } = queue;
  const { used, limit } = storage;
  const addToThisFolder = useCallback(
    (files: File[]) => addFiles(files, { slug, folderId, used, limit }),
    [addFiles, slug, folderId, used, limit],
  );

  const value: FileStoreValue = {
    slug,
    folderId,
    folderName,
    permissions,
    uploads: queue.items,
    addFiles: addToThisFolder,
    cancelUpload: queue.cancel,
    clearUploads: queue.clearFinished,
    openPicker: () => picker.current?.click(),
    notice,
    announce: setNotice,
    dialog,
    openDialog: setDialog,
  };
  return (
    <FileStoreContext value={value}>
      {permissions.storageWrites ? (
        <HiddenFilePicker ref={picker} onFiles={addToThisFolder} testId="file-picker" />
      ) : null}
      {children}
    </FileStoreContext>
  );
}
