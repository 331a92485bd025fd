import { Icon } from "@/src/components/ui/icons";
import { StatusBadge } from "@/src/components/ui/status-badge";
import { cx } from "@/src/components/ui/cx";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { TimelineEntry } from "../milestone-states";

const markers = {
  done: "border-success bg-success text-accent-fg",
  overdue: "border-danger bg-danger-soft text-danger",
  next: "border-accent bg-accent-soft text-accent-text ring-4 ring-accent-soft",
  upcoming: "border-border-strong/50 bg-surface text-fg-muted",
} as const;

/**
 * The project's milestones as a vertical timeline: each step's state is in words (done on a date, next,
 * overdue), the marker and colour only repeat it.
 */
export function MilestoneTimeline({
  entries,
  t,
  format,
}: {
  entries: TimelineEntry[];
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.projects.milestones;
  const day = (date: string) => format.date(`${date}T12:00:00Z`);
  return (
    <ol className="grid">
      {entries.map((entry, index) => {
        const marker =
          entry.state === "done" ? "done" : entry.state === "overdue" ? "overdue" : entry.isNext ? "next" : "upcoming";
        const last = index === entries.length - 1;
        return (
          <li key={entry.id} className="relative grid grid-cols-[2rem_1fr] gap-3 pb-5 last:pb-0">
            {last ? null : (
              <span
                aria-hidden="true"
                className={cx(
                  "absolute top-8 bottom-0 left-4 w-0.5 -translate-x-1/2",
                  entry.state === "done" ? "bg-success/60" : "bg-border",
                )}
              />
            )}
            <span
              aria-hidden="true"
              className={cx(
                "relative z-10 inline-flex size-8 items-center justify-center rounded-full border-2 text-sm font-bold",
                markers[marker],
              )}
            >
              {marker === "done" ? <Icon name="check" className="size-4" /> : marker === "overdue" ? "!" : index + 1}
            </span>
            <div className={cx("grid gap-1 pt-1", entry.isNext && "rounded-lg bg-accent-soft/60 -m-1 p-2")}>
              <div className="flex flex-wrap items-center gap-2">
                <span className={cx("font-medium", entry.state === "done" && "text-fg-muted")}>{entry.title}</span>
                {entry.state === "done" ? <StatusBadge tone="success">{copy.done}</StatusBadge> : null}
                {entry.isNext ? <StatusBadge tone="info">{copy.next}</StatusBadge> : null}
                {entry.state === "overdue" ? <StatusBadge tone="danger">{copy.overdue}</StatusBadge> : null}
              </div>
              <p className={cx("text-sm", entry.state === "overdue" ? "text-danger" : "text-fg-muted")}>
                {entry.completedAt ? (
                  <time dateTime={entry.completedAt.toISOString()}>
                    {formatMessage(copy.doneOn, { date: format.date(entry.completedAt) })}
                  </time>
                ) : entry.dueDate ? (
                  <time dateTime={entry.dueDate}>
                    {formatMessage(entry.state === "overdue" ? copy.overdueSince : copy.dueOn, {
                      date: day(entry.dueDate),
                    })}
                  </time>
                ) : (
                  copy.noDate
                )}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
