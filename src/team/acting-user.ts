import type { Workspace } from "@/src/workspace/require-workspace";

/** Whose membership the request acts on: the user's, or the target's during a "view as". */
export function actingUserId(workspace: Pick<Workspace, "user" | "impersonation">): string {
  return workspace.impersonation?.targetUserId ?? workspace.user.id;
}
