import { Card } from "@/src/components/ui/card";
import { EmptyState } from "@/src/components/ui/empty-state";
import { StatusBadge } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { MonitorView } from "../queries/get-monitors";
import { AddMonitorForm } from "./add-monitor-form";
import { RemoveMonitorButton } from "./remove-monitor-button";

/** The organization's monitored addresses with their last check; owners and admins add and remove them here. */
export function MonitorsCard({
  monitors,
  t,
  format,
  now,
  manage,
  slug,
  planName,
}: {
  monitors: MonitorView[];
  t: Dictionary;
  format: Formatters;
  now: Date;
  manage: boolean;
  slug: string;
  planName: string;
}) {
  const copy = t.uptime.monitors;
  return (
    <Card title={copy.title} description={copy.description}>
      <div className="grid gap-5">
        {monitors.length === 0 ? (
          <EmptyState icon="activity" title={copy.empty} body={manage ? copy.emptyBody : copy.emptyMember} />
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border">
            {monitors.map((monitor) => (
              <li key={monitor.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div className="grid min-w-0 gap-1">
                  <span className="truncate font-medium break-all">{monitor.url}</span>
                  {monitor.keyword ? (
                    <span className="text-sm text-fg-muted">
                      {copy.keyword}: “{monitor.keyword}”
                    </span>
                  ) : null}
                </div>
                <div className="flex items-center gap-3">
                  <MonitorStatus monitor={monitor} t={t} format={format} now={now} />
                  {manage ? <RemoveMonitorButton slug={slug} id={monitor.id} url={monitor.url} /> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        {manage ? <AddMonitorForm slug={slug} planName={planName} /> : null}
      </div>
    </Card>
  );
}

function MonitorStatus({
  monitor,
  t,
  format,
  now,
}: {
  monitor: MonitorView;
  t: Dictionary;
  format: Formatters;
  now: Date;
}) {
  const copy = t.uptime.monitors;
  if (!monitor.enabled) return <StatusBadge tone="neutral">{copy.paused}</StatusBadge>;
  if (!monitor.lastCheck) return <StatusBadge tone="neutral">{copy.pending}</StatusBadge>;
  const status = monitor.lastCheck.ok ? copy.up : copy.down;
  return (
    <StatusBadge tone={monitor.lastCheck.ok ? "success" : "danger"}>
      <span className="sr-only">{copy.status}: </span>
      {formatMessage(copy.checkedAt, { status, when: format.relative(monitor.lastCheck.checkedAt, now) })}
    </StatusBadge>
  );
}
