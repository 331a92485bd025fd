import Link from "next/link";
import { StatusBadge } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { AuditEntry } from "../queries/get-audit-entries";

const tones = { insert: "success", update: "info", delete: "danger" } as const;

function show(value: unknown): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * Audit entries, newest first: what changed (table, action, client), who (and, for a change made during "view
 * as", the staff member behind it) and when, with the before/after of each changed field in a disclosure.
 */
export function AuditList({ entries, t, format }: { entries: AuditEntry[]; t: Dictionary; format: Formatters }) {
  const copy = t.agency.audit;
  return (
    <ol className="grid gap-3">
      {entries.map((entry) => {
        const actor = entry.actorName ?? (entry.actorId ? entry.actorId.slice(0, 8) : copy.system);
        const who = entry.impersonatorId
          ? formatMessage(copy.viaViewAs, {
              staff: entry.impersonatorName ?? entry.impersonatorId.slice(0, 8),
              actor,
            })
          : formatMessage(copy.by, { actor });
        const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])].sort();
        return (
          <li key={entry.id} className="rounded-lg border border-border bg-surface p-3 text-sm">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <StatusBadge tone={tones[entry.action]}>{copy.actions[entry.action]}</StatusBadge>
              <span className="font-mono text-xs">{entry.table}</span>
              {entry.orgSlug ? (
                <Link href={`/admin/clients/${entry.orgSlug}`} className="font-medium text-accent-text hover:underline">
                  {entry.orgName}
                </Link>
              ) : null}
              <span>{who}</span>
              <time dateTime={entry.occurredAt.toISOString()} className="text-fg-muted sm:ml-auto">
                {format.dateTime(entry.occurredAt)}
              </time>
            </div>
            {fields.length > 0 ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-xs font-medium text-fg-muted">{copy.diff}</summary>
                <div className="mt-2 overflow-x-auto">
                  <table className="w-full text-xs">
                    <thead className="text-left text-fg-muted">
                      <tr>
                        <th scope="col" className="py-1 pr-3 font-medium">
                          {copy.field}
                        </th>
                        <th scope="col" className="py-1 pr-3 font-medium">
                          {copy.before}
                        </th>
                        <th scope="col" className="py-1 font-medium">
                          {copy.after}
                        </th>
                      </tr>
                    </thead>
                    <tbody className="align-top">
                      {fields.map((field) => (
                        <tr key={field} className="border-t border-border">
                          <th scope="row" className="py-1 pr-3 text-left font-mono font-normal">
                            {field}
                          </th>
                          <td className="max-w-60 py-1 pr-3 break-words text-danger">{show(entry.before?.[field])}</td>
                          <td className="max-w-60 py-1 break-words text-success">{show(entry.after?.[field])}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
