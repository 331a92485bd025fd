import { StatusBadge, type Tone } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { formatElapsed } from "../format-elapsed";
import type { Incident, Severity } from "../queries/get-incidents";

export const severityTone: Record<Severity, Tone> = { minor: "warning", major: "danger", critical: "danger" };

/** Incidents still going on: on top of the page, in the danger colour, with how long they have lasted. */
export function OngoingIncidents({
  incidents,
  t,
  format,
  now,
}: {
  incidents: Incident[];
  t: Dictionary;
  format: Formatters;
  now: Date;
}) {
  const copy = t.uptime.incidents;
  return (
    <section
      aria-labelledby="ongoing-incidents"
      className="grid gap-3 rounded-xl border border-danger/30 bg-danger-soft p-4"
    >
      <h2 id="ongoing-incidents" className="font-semibold text-danger">
        {copy.ongoingTitle}
      </h2>
      <ul className="grid gap-4">
        {incidents.map((incident) => (
          <li key={incident.id} className="grid gap-1 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{incident.title}</span>
              <StatusBadge tone={severityTone[incident.severity]}>
                {`${copy.severity}: ${copy.severities[incident.severity]}`}
              </StatusBadge>
            </p>
            <p>
              {formatMessage(copy.ongoingSince, {
                when: format.relative(incident.startedAt, now),
                date: format.dateTime(incident.startedAt),
              })}
              {incident.projectName ? ` ${copy.project}: ${incident.projectName}.` : null}
            </p>
            {incident.cause ? (
              <p>
                <span className="font-medium">{copy.cause}:</span> {incident.cause}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Resolved incidents, the latest first, each with its facts and its postmortem behind a disclosure. */
export function IncidentHistory({
  incidents,
  t,
  format,
}: {
  incidents: Incident[];
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.uptime.incidents;
  return (
    <ol className="grid gap-4">
      {incidents.map((incident) => (
        // The anchor an insight's citation links to.
        <li
          key={incident.id}
          id={`incident-${incident.id}`}
          className="grid scroll-mt-20 gap-2 rounded-lg border border-border p-4 text-sm target:ring-2 target:ring-accent"
        >
          <h3 className="flex flex-wrap items-center gap-2 font-semibold">
            <span>{incident.title}</span>
            <StatusBadge tone={severityTone[incident.severity]}>
              <span className="sr-only">{copy.severity}: </span>
              {copy.severities[incident.severity]}
            </StatusBadge>
          </h3>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-3">
            <div>
              <dt className="text-xs text-fg-muted">{copy.started}</dt>
              <dd>
                <time dateTime={incident.startedAt.toISOString()}>{format.dateTime(incident.startedAt)}</time>
              </dd>
            </div>
            <div>
              <dt className="text-xs text-fg-muted">{copy.duration}</dt>
              <dd className="tabular-nums">
                {incident.durationMs === null ? copy.ongoing : formatElapsed(incident.durationMs, format.locale)}
              </dd>
            </div>
            {incident.projectName ? (
              <div>
                <dt className="text-xs text-fg-muted">{copy.project}</dt>
                <dd>{incident.projectName}</dd>
              </div>
            ) : null}
          </dl>
          {incident.cause ? (
            <p>
              <span className="font-medium">{copy.cause}:</span> {incident.cause}
            </p>
          ) : null}
          <details>
            <summary className="cursor-pointer font-medium text-accent-text hover:underline">{copy.postmortem}</summary>
            <p className="mt-2 whitespace-pre-line text-fg-muted">{incident.postmortem ?? copy.noPostmortem}</p>
          </details>
        </li>
      ))}
    </ol>
  );
}
