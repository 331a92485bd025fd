import { StatusBadge } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { reportStatusTones, type ReportStatus } from "../report-status";

export function ReportStatusBadge({ status, t }: { status: ReportStatus; t: Dictionary }) {
  return <StatusBadge tone={reportStatusTones[status]}>{t.reports.statuses[status]}</StatusBadge>;
}
