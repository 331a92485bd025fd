import "server-only";
import { AppError } from "@/src/errors/app-error";
import type { Workspace } from "@/src/workspace/require-workspace";

/**
 * Uploads and object deletions go to Storage with the signed-in person's own session. During "view as" that is
 * the staff member's, which the bucket's policies never let write into a client's folder: refused up front, in
 * words (read-only sessions say so), instead of as Storage's bare denial.
 */
export function requireOwnStorageSession(workspace: Workspace): void {
  if (!workspace.impersonation) return;
  throw new AppError(workspace.impersonation.readOnly ? "read_only_impersonation" : "forbidden");
}

/** Whether this request may write to Storage at all (the page offers uploads and deletions only then). */
export function hasOwnStorageSession(workspace: Pick<Workspace, "impersonation">): boolean {
  return workspace.impersonation === null;
}
