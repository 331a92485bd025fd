import { StatusBadge, type Tone } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { formatResponseTime } from "../format-response-time";
import type { FirstResponseSla } from "../first-response-sla";

const tones: Record<Exclude<FirstResponseSla["state"], "none">, Tone> = {
  due: "info",
  met: "success",
  breached: "danger",
  stopped: "neutral",
};

/** Where the ticket stands against its first-response time, in words, with the times in the organization's zone. */
export function SlaStatus({
  sla,
  slaHours,
  now,
  t,
  format,
}: {
  sla: FirstResponseSla;
  slaHours: number | null;
  now: Date;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.tickets.sla;
  if (sla.state === "none") return <p className="text-sm text-fg-muted">{copy.none}</p>;
  const due = format.dateTime(sla.dueAt);
  const text = (() => {
    switch (sla.state) {
      case "due":
        return (
          <>
            <span className="block font-medium">{formatMessage(copy.due, { time: due })}</span>
            <span className="block text-fg-muted">
              {formatMessage(copy.dueRelative, { when: format.relative(sla.dueAt, now) })}
            </span>
          </>
        );
      case "met":
        return formatMessage(copy.met, {
          time: format.dateTime(sla.respondedAt),
          hours: formatResponseTime((slaHours ?? 0) * 3600, format.locale),
        });
      case "breached":
        return sla.respondedAt
          ? formatMessage(copy.late, { time: format.dateTime(sla.respondedAt), due })
          : formatMessage(copy.overdue, { time: due });
      case "stopped":
        return formatMessage(copy.stopped, { due });
    }
  })();
  return (
    <div className="grid justify-items-start gap-2 text-sm">
      <StatusBadge tone={tones[sla.state]}>{copy.badges[sla.state]}</StatusBadge>
      <p>{text}</p>
    </div>
  );
}
