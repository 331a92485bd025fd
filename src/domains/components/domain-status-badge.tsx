import { StatusBadge } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { domainStatusTone, type DomainStatus } from "../domain-status";

export function DomainStatusBadge({ status, t }: { status: DomainStatus; t: Dictionary }) {
  return <StatusBadge tone={domainStatusTone[status]}>{t.domains.statuses[status]}</StatusBadge>;
}
