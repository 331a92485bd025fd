"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { DropdownMenu } from "radix-ui";
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

interface MenuEntry {
  label: string;
  icon: IconName;
  /** A link (download) or a dialog to open. */
  href?: string;
  dialog?: FileDialogState;
  danger?: boolean;
}

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

  const folderMenu = (folder: FolderEntry): MenuEntry[] => [
    ...(mayChange(folder.createdBy)
      ? [
          { label: copy.actions.rename, icon: "pencil" as const, dialog: { kind: "renameFolder" as const, folder } },
          { label: copy.actions.move, icon: "folder" as const, dialog: { kind: "moveFolder" as const, folder } },
        ]
      : []),
    ...(permissions.writes && permissions.manage
      ? [
          {
            label: copy.actions.delete,
            icon: "trash" as const,
            danger: true,
            dialog: { kind: "deleteFolder" as const, folder },
          },
        ]
      : []),
  ];
  const fileMenu = (file: FileEntry): MenuEntry[] => [
    ...(previewKind(file.mimeType)
      ? [{ label: copy.actions.preview, icon: "eye" as const, dialog: { kind: "preview" as const, file } }]
      : []),
    { label: copy.actions.download, icon: "download", href: fileHref(slug, file.id, "download") },
    ...(mayChange(file.uploadedBy)
      ? [
          { label: copy.actions.rename, icon: "pencil" as const, dialog: { kind: "renameFile" as const, file } },
          { label: copy.actions.move, icon: "folder" as const, dialog: { kind: "moveFile" as const, file } },
        ]
      : []),
    ...(permissions.storageWrites && permissions.manage
      ? [
          {
            label: copy.actions.delete,
            icon: "trash" as const,
            danger: true,
            dialog: { kind: "deleteFile" as const, file },
          },
        ]
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
                      <RowMenu name={folder.name} entries={folderMenu(folder)} onOpen={setDialog} />
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
                      <RowMenu name={file.name} entries={fileMenu(file)} onOpen={setDialog} />
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

/** A row's actions (Radix's menu: keyboard and screen-reader behaviour as WAI-ARIA describes). */
function RowMenu({
  name,
  entries,
  onOpen,
}: {
  name: string;
  entries: MenuEntry[];
  onOpen: (dialog: FileDialogState) => void;
}) {
  const { t } = useI18n();
  if (entries.length === 0) return null;
  return (
    // Not modal: the dialogs an item opens take the focus over from the menu as it closes.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        aria-label={formatMessage(t.files.actions.menu, { name })}
        className="inline-flex size-9 items-center justify-center rounded-lg text-fg-muted hover:bg-surface-muted hover:text-fg data-[state=open]:bg-surface-muted"
      >
        <Icon name="more" className="size-5" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-30 min-w-44 rounded-xl border border-border bg-surface p-1.5 text-sm shadow-lg"
        >
          {entries.map((entry) => {
            const body = (
              <>
                <Icon name={entry.icon} className="size-4" />
                {entry.label}
              </>
            );
            const className = `flex cursor-pointer items-center gap-2.5 rounded-lg px-2.5 py-2 outline-none data-highlighted:bg-surface-muted ${entry.danger ? "text-danger" : ""}`;
            return entry.href ? (
              <DropdownMenu.Item key={entry.label} asChild className={className}>
                <a href={entry.href}>{body}</a>
              </DropdownMenu.Item>
            ) : (
              <DropdownMenu.Item
                key={entry.label}
                className={className}
                onSelect={() => entry.dialog && onOpen(entry.dialog)}
              >
                {body}
              </DropdownMenu.Item>
            );
          })}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
