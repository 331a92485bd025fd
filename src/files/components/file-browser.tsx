"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { ActionMenu, type ActionMenuItem } from "@/src/components/ui/action-menu";
import { EmptyState } from "@/src/components/ui/empty-state";
import { Icon, type IconName } from "@/src/components/ui/icons";
import { LiveMessage } from "@/src/components/ui/live-message";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { useI18n } from "@/src/i18n/i18n-provider";
import { previewKind } from "../client-files";
import { fileHref, folderHref } from "../file-links";
import type { FileEntry, FolderEntry } from "../queries/get-folder-contents";
import type { FolderOption } from "../queries/get-folder-options";
import type { FileDialogState } from "./file-dialogs";
import { useFileStore } from "./file-store";

// The dialogs open only from an action, so their code (and the dialog library's) loads with the first one
// rather than with the page.
const FileDialogs = dynamic(() => import("./file-dialogs").then((module) => module.FileDialogs), { ssr: false });

/**
 * A folder's subfolders and files as a table: names open a folder, preview an image or PDF, or download; each
 * row's menu offers only what the person may do (rename and move their own items, or anything as an owner or
 * admin; delete as an owner or admin). On a phone the size and date move under the name.
 */
export function FileBrowser({
  folders,
  files,
  folderOptions,
  timeZone,
}: {
  folders: FolderEntry[];
  files: FileEntry[];
  folderOptions: FolderOption[];
  timeZone: string;
}) {
  const { t, locale } = useI18n();
  const { slug, folderId, folderName, permissions, notice, dialog, openDialog: setDialog } = useFileStore();
  const format = formatters(locale, timeZone);
  const copy = t.files;
  const mayChange = (author: string | null) =>
    permissions.writes && (permissions.manage || (author !== null && author === permissions.actingUserId));

  // An item that opens its dialog (the download item is a plain link).
  const item = (
    key: "preview" | "rename" | "move" | "delete",
    icon: IconName,
    dialog: FileDialogState,
    danger = false,
  ): ActionMenuItem => ({
    key,
    label: copy.actions[key],
    icon,
    danger,
    onSelect: () => setDialog(dialog),
  });
  const folderMenu = (folder: FolderEntry): ActionMenuItem[] => [
    ...(mayChange(folder.createdBy)
      ? [
          item("rename", "pencil", { kind: "renameFolder", folder }),
          item("move", "folder", { kind: "moveFolder", folder }),
        ]
      : []),
    ...(permissions.writes && permissions.manage
      ? [item("delete", "trash", { kind: "deleteFolder", folder }, true)]
      : []),
  ];
  const fileMenu = (file: FileEntry): ActionMenuItem[] => [
    ...(previewKind(file.mimeType) ? [item("preview", "eye", { kind: "preview", file })] : []),
    { key: "download", label: copy.actions.download, icon: "download", href: fileHref(slug, file.id, "download") },
    ...(mayChange(file.uploadedBy)
      ? [item("rename", "pencil", { kind: "renameFile", file }), item("move", "folder", { kind: "moveFile", file })]
      : []),
    ...(permissions.storageWrites && permissions.manage
      ? [item("delete", "trash", { kind: "deleteFile", file }, true)]
      : []),
  ];

  const author = (id: string | null, name: string | null) =>
    id !== null && id === permissions.actingUserId ? copy.table.you : (name ?? copy.table.unknownUploader);

  return (
    <div className="grid gap-4">
      <LiveMessage tone="success">{notice}</LiveMessage>
      {folders.length === 0 && files.length === 0 ? (
        <EmptyState
          icon="folder"
          title={folderId ? copy.empty.folderTitle : copy.empty.title}
          body={folderId ? copy.empty.folderBody : copy.empty.body}
        />
      ) : (
        <div className="overflow-hidden rounded-xl border border-border bg-surface shadow-xs">
          <table className="w-full table-fixed text-left text-sm">
            <caption className="sr-only">{formatMessage(copy.table.caption, { folder: folderName })}</caption>
            <thead className="bg-surface-muted text-xs text-fg-muted">
              <tr>
                <th scope="col" className="px-4 py-2.5 font-medium">
                  {copy.table.name}
                </th>
                <th scope="col" className="hidden w-28 px-4 py-2.5 text-right font-medium sm:table-cell">
                  {copy.table.size}
                </th>
                <th scope="col" className="hidden w-48 px-4 py-2.5 font-medium lg:table-cell">
                  {copy.table.addedBy}
                </th>
                <th scope="col" className="hidden w-44 px-4 py-2.5 font-medium md:table-cell">
                  {copy.table.date}
                </th>
                <th scope="col" className="w-14 px-2 py-2.5 font-medium">
                  <span className="sr-only">{copy.table.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {folders.map((folder) => {
                const items =
                  folder.itemCount === 0 ? copy.table.emptyFolder : format.plural(folder.itemCount, copy.table.items);
                return (
                  <tr key={folder.id} className="border-t border-border align-middle" data-folder-row={folder.name}>
                    <th scope="row" className="px-4 py-3 font-medium">
                      <Link
                        href={folderHref(slug, folder.id)}
                        className="flex min-w-0 items-center gap-3 hover:underline"
                      >
                        <ItemIcon name="folder" folder />
                        <span className="grid min-w-0">
                          <span className="[overflow-wrap:anywhere]">{folder.name}</span>
                          <span className="text-xs font-normal text-fg-muted sm:hidden">{items}</span>
                        </span>
                      </Link>
                    </th>
                    <td className="hidden px-4 py-3 text-right text-fg-muted tabular-nums sm:table-cell">{items}</td>
                    <td className="hidden truncate px-4 py-3 text-fg-muted lg:table-cell">
                      {author(folder.createdBy, folder.creatorName)}
                    </td>
                    <td className="hidden px-4 py-3 whitespace-nowrap text-fg-muted md:table-cell">
                      {format.date(folder.createdAt)}
                    </td>
                    <td className="px-2 py-2 text-right">
                      <RowMenu name={folder.name} items={folderMenu(folder)} />
                    </td>
                  </tr>
                );
              })}
              {files.map((file) => {
                const kind = previewKind(file.mimeType);
                const size = format.bytes(file.sizeBytes);
                const name = (
                  <>
                    <ItemIcon name={kind === "image" ? "image" : "file"} />
                    <span className="grid min-w-0 text-left">
                      <span className="[overflow-wrap:anywhere]">{file.name}</span>
                      <span className="text-xs font-normal text-fg-muted md:hidden">
                        <span className="sm:hidden">{size} · </span>
                        {format.date(file.createdAt)}
                      </span>
                    </span>
                  </>
                );
                return (
                  <tr key={file.id} className="border-t border-border align-middle" data-file-row={file.name}>
                    <th scope="row" className="px-4 py-3 font-medium">
                      {kind ? (
                        <button
                          type="button"
                          onClick={() => setDialog({ kind: "preview", file })}
                          className="flex min-w-0 items-center gap-3 hover:underline"
                        >
                          {name}
                        </button>
                      ) : (
                        <a
                          href={fileHref(slug, file.id, "download")}
                          className="flex min-w-0 items-center gap-3 hover:underline"
                        >
                          {name}
                        </a>
                      )}
                    </th>
                    <td className="hidden px-4 py-3 text-right text-fg-muted tabular-nums sm:table-cell">{size}</td>
                    <td className="hidden truncate px-4 py-3 text-fg-muted lg:table-cell">
                      {author(file.uploadedBy, file.uploaderName)}
                    </td>
                    <td className="hidden px-4 py-3 whitespace-nowrap text-fg-muted md:table-cell">
                      {format.date(file.createdAt)}
                    </td>
                    <td className="px-2 py-2 text-right">
                      <RowMenu name={file.name} items={fileMenu(file)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {dialog ? <FileDialogs state={dialog} folders={folderOptions} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}

function ItemIcon({ name, folder = false }: { name: IconName; folder?: boolean }) {
  return (
    <span
      className={
        folder
          ? "inline-flex size-9 shrink-0 items-center justify-center rounded-lg bg-accent-soft text-accent-text"
          : "inline-flex size-9 shrink-0 items-center justify-center rounded-lg bg-surface-muted text-fg-muted"
      }
    >
      <Icon name={name} className="size-5" />
    </span>
  );
}

/** A row's actions, named after the row for screen readers. */
function RowMenu({ name, items }: { name: string; items: ActionMenuItem[] }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <ActionMenu
      trigger={<Icon name="more" className="size-5" />}
      triggerLabel={formatMessage(t.files.actions.menu, { name })}
      triggerClassName="inline-flex size-9 items-center justify-center rounded-lg text-fg-muted hover:bg-surface-muted hover:text-fg"
      items={items}
    />
  );
}
