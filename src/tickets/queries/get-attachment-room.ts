import "server-only";
import { getStorageUsage } from "@/src/files/queries/get-storage-usage";
import { hasOwnStorageSession } from "@/src/files/storage-session";
import type { Workspace } from "@/src/workspace/require-workspace";

/**
 * The storage room a message's attachments may use (the plan's limit and what is used), or null when this
 * session cannot upload at all (a "view as" acts on the client's data, never on their Storage).
 */
export async function getAttachmentRoom(workspace: Workspace): Promise<{ used: number; limit: number | null } | null> {
  if (!hasOwnStorageSession(workspace)) return null;
  const limit = workspace.limits.storage_bytes;
  return { used: limit === null ? 0 : await getStorageUsage(workspace.db, workspace.organization.id), limit };
}
