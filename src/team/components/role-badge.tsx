import { StatusBadge } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { MemberRole } from "@/src/workspace/require-workspace";

/** A member's or an invitation's role, in words; owners stand out. */
export function RoleBadge({ role, t }: { role: MemberRole; t: Dictionary }) {
  return <StatusBadge tone={role === "owner" ? "info" : "neutral"}>{t.workspace.roles[role]}</StatusBadge>;
}
