import { OptionLinks } from "@/src/components/ui/option-links";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { Formatters } from "@/src/i18n/formatters";
import { projectStatuses, type ProjectStatus } from "../project-status";

/**
 * The status filter as links (`?status=`), so a filtered list can be shared and reloaded. Statuses without
 * projects are left out, except the one selected.
 */
export function StatusFilter({
  baseHref,
  current,
  counts,
  total,
  t,
  format,
}: {
  baseHref: string;
  current: ProjectStatus | undefined;
  counts: Record<ProjectStatus, number>;
  total: number;
  t: Dictionary;
  format: Formatters;
}) {
  const options: Array<{ key: string; label: string; count: number; href: string; active: boolean }> = [
    { key: "all", label: t.projects.filter.all, count: total, href: baseHref, active: current === undefined },
    ...projectStatuses
      .filter((status) => counts[status] > 0 || status === current)
      .map((status) => ({
        key: status,
        label: t.projects.statuses[status],
        count: counts[status],
        href: `${baseHref}?status=${status}`,
        active: status === current,
      })),
  ];
  return (
    <OptionLinks
      label={t.projects.filter.label}
      options={options.map((option) => ({
        label: option.label,
        href: option.href,
        current: option.active,
        count: format.number(option.count),
      }))}
    />
  );
}
