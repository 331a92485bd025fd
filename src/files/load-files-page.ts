import "server-only";
import type { Workspace } from "@/src/workspace/require-workspace";
import type { FileSort } from "./file-links";
import { getFolderContents } from "./queries/get-folder-contents";
import { getFolderOptions } from "./queries/get-folder-options";
import { getStorageUsage } from "./queries/get-storage-usage";

/** What a page of the file store shows, loaded in parallel: the folder's contents, every folder (for moves), usage. */
export async function loadFilesPage(workspace: Workspace, folderId: string | null, sort: FileSort) {
  const { db, organization } = workspace;
  const [contents, folderOptions, used] = await Promise.all([
    getFolderContents(db, organization.id, folderId, sort),
    getFolderOptions(db, organization.id),
    getStorageUsage(db, organization.id),
  ]);
  return { contents, folderOptions, used };
}
