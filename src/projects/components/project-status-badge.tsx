import { StatusBadge } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { projectStatusTone, type ProjectStatus } from "../project-status";

export function ProjectStatusBadge({ status, t }: { status: ProjectStatus; t: Dictionary }) {
  return <StatusBadge tone={projectStatusTone[status]}>{t.projects.statuses[status]}</StatusBadge>;
}
