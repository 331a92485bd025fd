"use client";

import { useState } from "react";
import { fieldError, type ActionState } from "@/src/actions/action-state";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { cx } from "@/src/components/ui/cx";
import { Dialog } from "@/src/components/ui/dialog";
import { Field, textControlClassName } from "@/src/components/ui/field";
import { Icon } from "@/src/components/ui/icons";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { useI18n } from "@/src/i18n/i18n-provider";
import { createFolder } from "../actions/create-folder";
import { deleteFile } from "../actions/delete-file";
import { deleteFolder } from "../actions/delete-folder";
import { moveFile } from "../actions/move-file";
import { moveFolder } from "../actions/move-folder";
import { renameFile } from "../actions/rename-file";
import { renameFolder } from "../actions/rename-folder";
import { previewKind } from "../client-files";
import { fileHref } from "../file-links";
import { folderChoices, type FolderChoice } from "../folder-tree";
import type { FileEntry, FolderEntry } from "../queries/get-folder-contents";
import type { FolderOption } from "../queries/get-folder-options";
import { ActionDialog } from "./action-dialog";
import { useFileStore } from "./file-store";
import { NameField } from "./name-field";

/** Which dialog is open, and for what. */
export type FileDialogState =
  | { kind: "newFolder" }
  | { kind: "renameFolder" | "moveFolder" | "deleteFolder"; folder: FolderEntry }
  | { kind: "renameFile" | "moveFile" | "deleteFile" | "preview"; file: FileEntry };

/** The dialog `state` names, or nothing. */
export function FileDialogs({
  state,
  folders,
  onClose,
}: {
  state: FileDialogState | null;
  folders: FolderOption[];
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const { folderId, folderName } = useFileStore();
  if (!state) return null;
  const format = formatters(locale);
  const copy = t.files;

  switch (state.kind) {
    case "newFolder":
      return (
        <ActionDialog
          title={copy.folderForm.createTitle}
          description={formatMessage(copy.folderForm.createDescription, { folder: folderName })}
          action={createFolder}
          hidden={{ parent: folderId ?? "" }}
          submitLabel={copy.folderForm.create}
          doneMessage={(result) => formatMessage(copy.done.folderCreated, { name: result.name })}
          onClose={onClose}
        >
          {(form) => <NameField state={form} label={copy.folderForm.name} defaultValue="" />}
        </ActionDialog>
      );
    case "renameFolder":
      return (
        <ActionDialog
          title={copy.folderForm.renameTitle}
          action={renameFolder}
          hidden={{ id: state.folder.id }}
          submitLabel={copy.dialog.save}
          doneMessage={(result) => formatMessage(copy.done.renamed, { name: result.name })}
          onClose={onClose}
        >
          {(form) => <NameField state={form} label={copy.folderForm.name} defaultValue={state.folder.name} />}
        </ActionDialog>
      );
    case "renameFile":
      return (
        <ActionDialog
          title={copy.fileForm.renameTitle}
          action={renameFile}
          hidden={{ id: state.file.id }}
          submitLabel={copy.dialog.save}
          doneMessage={(result) => formatMessage(copy.done.renamed, { name: result.name })}
          onClose={onClose}
        >
          {(form) => (
            <NameField
              state={form}
              label={copy.fileForm.name}
              hint={copy.fileForm.hint}
              defaultValue={state.file.name}
              selectStem
            />
          )}
        </ActionDialog>
      );
    case "moveFolder":
      return (
        <MoveDialog
          item={state.folder}
          field="parent"
          action={moveFolder}
          choices={folderChoices(folders, state.folder.id)}
          onClose={onClose}
        />
      );
    case "moveFile":
      return (
        <MoveDialog
          item={state.file}
          field="folder"
          action={moveFile}
          choices={folderChoices(folders)}
          onClose={onClose}
        />
      );
    case "deleteFolder":
      return (
        <ActionDialog
          title={formatMessage(copy.deleteForm.folderTitle, { name: state.folder.name })}
          description={copy.deleteForm.folderBody}
          action={deleteFolder}
          hidden={{ id: state.folder.id }}
          submitLabel={copy.deleteForm.confirm}
          submitVariant="danger"
          doneMessage={() => formatMessage(copy.done.deleted, { name: state.folder.name })}
          onClose={onClose}
        />
      );
    case "deleteFile":
      return (
        <ActionDialog
          title={formatMessage(copy.deleteForm.fileTitle, { name: state.file.name })}
          description={formatMessage(copy.deleteForm.fileBody, { size: format.bytes(state.file.sizeBytes) })}
          action={deleteFile}
          hidden={{ id: state.file.id }}
          submitLabel={copy.deleteForm.confirm}
          submitVariant="danger"
          doneMessage={() => formatMessage(copy.done.deleted, { name: state.file.name })}
          onClose={onClose}
        />
      );
    case "preview":
      return <PreviewDialog file={state.file} onClose={onClose} />;
  }
}

/** "Move": the destination among the organization's folders (a folder never among its own subfolders). */
function MoveDialog<Result>({
  item,
  field,
  action,
  choices,
  onClose,
}: {
  item: { id: string; name: string };
  field: "parent" | "folder";
  action: (state: ActionState<Result>, formData: FormData) => Promise<ActionState<Result>>;
  choices: FolderChoice[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { folderId } = useFileStore();
  const copy = t.files;
  return (
    <ActionDialog
      title={formatMessage(copy.moveForm.title, { name: item.name })}
      action={action}
      hidden={{ id: item.id }}
      submitLabel={copy.moveForm.submit}
      doneMessage={() => formatMessage(copy.done.moved, { name: item.name })}
      onClose={onClose}
    >
      {(form) => (
        <Field label={copy.moveForm.destination} error={fieldError(form, field)}>
          {({ borderClassName, ...control }) => (
            <div className="relative">
              <select
                {...control}
                name={field}
                defaultValue={folderId ?? ""}
                className={cx(textControlClassName, "min-h-10 appearance-none pr-9", borderClassName)}
              >
                <option value="">{copy.moveForm.root}</option>
                {choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.label}
                  </option>
                ))}
              </select>
              <Icon
                name="chevronDown"
                className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-fg-muted"
              />
            </div>
          )}
        </Field>
      )}
    </ActionDialog>
  );
}

/**
 * An image or PDF shown in a dialog. Both load through the preview link, which signs a one-minute URL when the
 * browser asks: an <img> (inert, whatever the file holds) or the browser's PDF viewer in a frame. If the image
 * cannot load, the dialog says so and offers the download.
 */
function PreviewDialog({ file, onClose }: { file: FileEntry; onClose: () => void }) {
  const { t } = useI18n();
  const { slug } = useFileStore();
  const [failed, setFailed] = useState(false);
  const kind = previewKind(file.mimeType);
  const src = fileHref(slug, file.id, "preview");
  const copy = t.files.preview;
  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={formatMessage(copy.title, { name: file.name })}
      closeLabel={t.files.dialog.close}
      size="xl"
    >
      <div className="grid min-h-48 place-items-center rounded-lg bg-surface-muted">
        {failed || !kind ? (
          <p className="max-w-md p-6 text-center text-sm text-fg-muted">{copy.unavailable}</p>
        ) : kind === "image" ? (
          // eslint-disable-next-line @next/next/no-img-element -- a private file behind a one-minute signed URL: nothing to optimize or cache
          <img
            src={src}
            alt={file.name}
            onError={() => setFailed(true)}
            className="max-h-[70dvh] w-auto max-w-full object-contain"
          />
        ) : (
          <iframe src={src} title={file.name} className="h-[70dvh] w-full rounded-lg bg-surface" />
        )}
      </div>
      <div className="flex justify-end">
        <a href={fileHref(slug, file.id, "download")} className={buttonStyles({ variant: "secondary" })}>
          <Icon name="download" className="size-4" />
          {copy.download}
        </a>
      </div>
    </Dialog>
  );
}
