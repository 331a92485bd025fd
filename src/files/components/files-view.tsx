import { OptionLinks } from "@/src/components/ui/option-links";
import { PageHeader, type Crumb } from "@/src/components/ui/page-header";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { Workspace } from "@/src/workspace/require-workspace";
import { canManage } from "@/src/workspace/require-workspace";
import { fileSorts, folderHref, type FileSort } from "../file-links";
import type { loadFilesPage } from "../load-files-page";
import type { FolderDetail } from "../queries/get-folder";
import { hasOwnStorageSession } from "../storage-session";
import { FileBrowser } from "./file-browser";
import { FileStore } from "./file-store";
import { NewFolderButton } from "./new-folder-button";
import { StorageMeter } from "./storage-meter";
import { UploadArea } from "./upload-area";
import { UploadButton } from "./upload-button";

/**
 * A page of the file store: the folder's path, the storage meter, the drop area with the upload queue, and the
 * folder's subfolders and files. `folder` null is the top of the file store.
 */
export function FilesView({
  workspace,
  folder,
  sort,
  data,
  t,
  format,
}: {
  workspace: Workspace;
  folder: FolderDetail | null;
  sort: FileSort;
  data: Awaited<ReturnType<typeof loadFilesPage>>;
  t: Dictionary;
  format: Formatters;
}) {
  const { organization, role, user, impersonation, limits } = workspace;
  const slug = organization.slug;
  const copy = t.files;
  const folderName = folder?.name ?? copy.rootCrumb;
  const limit = limits.storage_bytes;
  const breadcrumbs: Crumb[] = folder
    ? [
        { label: copy.rootCrumb, href: folderHref(slug, null, sort) },
        ...folder.ancestors.map((ancestor) => ({ label: ancestor.name, href: folderHref(slug, ancestor.id, sort) })),
        { label: folder.name },
      ]
    : [];
  const permissions = {
    manage: canManage(role),
    actingUserId: impersonation?.targetUserId ?? user.id,
    writes: !impersonation?.readOnly,
    storageWrites: hasOwnStorageSession(workspace),
  };

  return (
    <FileStore
      slug={slug}
      folderId={folder?.id ?? null}
      folderName={folderName}
      permissions={permissions}
      storage={{ used: data.used, limit }}
    >
      <div className="grid gap-5">
        <PageHeader
          title={folder ? folder.name : copy.title}
          description={folder ? undefined : copy.description}
          breadcrumbs={breadcrumbs}
          breadcrumbsLabel={t.workspace.breadcrumbsLabel}
          actions={
            <>
              <NewFolderButton />
              <UploadButton />
            </>
          }
        />
        <StorageMeter used={data.used} limit={limit} upgradeHref={`/app/${slug}/billing`} t={t} format={format} />
        <UploadArea hint={formatMessage(copy.upload.hint, { folder: folderName })}>
          {data.contents.files.length > 1 ? (
            <OptionLinks
              label={copy.sort.label}
              options={fileSorts.map((option) => ({
                label: copy.sort[option],
                href: folderHref(slug, folder?.id ?? null, option),
                current: option === sort,
              }))}
            />
          ) : null}
          <FileBrowser
            folders={data.contents.folders}
            files={data.contents.files}
            folderOptions={data.folderOptions}
            timeZone={organization.timeZone}
          />
        </UploadArea>
      </div>
    </FileStore>
  );
}
