import { cx } from "@/src/components/ui/cx";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { Formatters } from "@/src/i18n/formatters";
import { isProjectLive, type ProjectStatus } from "../project-status";

/**
 * Start, due date, budget (and on the detail, the agency's lead) as a description list (the list's cards and the detail's summary). A due date in
 * the past is said in words while the project is not live yet.
 */
export function ProjectFacts({
  project,
  today,
  t,
  format,
  className,
  detailed = false,
}: {
  project: {
    status: ProjectStatus;
    startDate: string | null;
    dueDate: string | null;
    budget: number | null;
    currency: string;
    managerName?: string | null;
  };
  /** The organization's "YYYY-MM-DD". */
  today: string;
  t: Dictionary;
  format: Formatters;
  className?: string;
  /** The project's page: says that no budget is set yet, and names the agency's lead when visible. */
  detailed?: boolean;
}) {
  const copy = t.projects;
  const day = (date: string | null) =>
    date ? <time dateTime={date}>{format.date(`${date}T12:00:00Z`)}</time> : copy.noDate;
  const overdue = project.dueDate !== null && project.dueDate < today && !isProjectLive(project.status);
  return (
    <dl className={cx("grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm", className)}>
      <dt className="text-fg-muted">{copy.startDate}</dt>
      <dd className="tabular-nums">{day(project.startDate)}</dd>
      <dt className="text-fg-muted">{copy.dueDate}</dt>
      <dd className={cx("tabular-nums", overdue && "font-medium text-danger")}>
        {day(project.dueDate)}
        {overdue ? ` · ${copy.overdue}` : null}
      </dd>
      {project.budget !== null || detailed ? (
        <>
          <dt className="text-fg-muted">{copy.budget}</dt>
          <dd className="tabular-nums">
            {project.budget === null ? copy.budgetNone : format.money(project.budget, project.currency)}
          </dd>
        </>
      ) : null}
      {detailed && project.managerName ? (
        <>
          <dt className="text-fg-muted">{copy.detail.manager}</dt>
          <dd>{project.managerName}</dd>
        </>
      ) : null}
    </dl>
  );
}
