import { Card } from "@/src/components/ui/card";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { ViewAsActivity } from "../queries/get-view-as-activity";

/**
 * For the organization's owners: every time the agency viewed the dashboard as one of their people — who, as
 * whom, why, and from when to when.
 */
export function ViewAsActivityPanel({
  activity,
  t,
  format,
}: {
  activity: ViewAsActivity[];
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.agency.clientActivity;
  return (
    <Card title={copy.title} description={copy.description}>
      {activity.length === 0 ? (
        <p className="text-sm text-fg-muted">{copy.empty}</p>
      ) : (
        <ul className="divide-y divide-border text-sm">
          {activity.map((entry) => (
            <li key={entry.id} className="grid gap-1 py-3">
              <p className="font-medium">
                {formatMessage(copy.entry, { staff: entry.staffName, member: entry.memberName })}
              </p>
              <p>
                “{entry.reason}” · {entry.readOnly ? copy.readOnly : copy.writable}
              </p>
              <p className="text-fg-muted">
                {formatMessage(copy.when, {
                  from: format.dateTime(entry.startedAt),
                  to: format.dateTime(entry.endedAt),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
