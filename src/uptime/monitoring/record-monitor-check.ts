import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import { queueAdminEmails } from "@/src/notifications/queue-admin-emails";
import { incidentSeverity } from "./incident-severity";
import type { DueMonitor } from "./list-due-monitors";
import type { ProbeResult } from "./probe-url";

export type IncidentChange = "opened" | "resolved" | "escalated" | null;

export interface RecordedCheck {
  /** False when this monitor's slot was already recorded (a rerun): nothing else changed. */
  recorded: boolean;
  incident: IncidentChange;
  emails: number;
}

/**
 * Writes one check (keyed by monitor and slot) and moves the monitor's incident along, in one transaction:
 * the second consecutive failure opens an incident that started with the first, a longer outage raises its
 * severity, and the first success resolves it. Opening and resolving queue a notice to the owners and admins.
 */
export async function recordMonitorCheck(monitor: DueMonitor, slot: Date, probe: ProbeResult): Promise<RecordedCheck> {
  return serviceDb().transaction(async (tx) => {
    const inserted = await tx.execute(sql`
      insert into public.uptime_checks (org_id, project_id, monitor_id, url, checked_at, status_code, response_ms, ok, error)
      values (${monitor.orgId}, ${monitor.projectId}, ${monitor.id}, ${monitor.url}, ${slot.toISOString()},
        ${probe.statusCode}, ${probe.responseMs}, ${probe.ok}, ${probe.error})
      on conflict (monitor_id, checked_at) do nothing
      returning id`);
    if (inserted.length === 0) return { recorded: false, incident: null, emails: 0 };

    const [open] = await tx.execute<{ id: string; started_at: string; severity: string }>(sql`
      select id, started_at, severity from public.incidents
      where monitor_id = ${monitor.id} and resolved_at is null
      for update`);

    if (probe.ok) {
      if (!open) return { recorded: true, incident: null, emails: 0 };
      await tx.execute(sql`update public.incidents set resolved_at = ${slot.toISOString()} where id = ${open.id}`);
      const emails = await queueAdminEmails(tx, {
        orgId: monitor.orgId,
        template: "uptime-incident-resolved",
        payload: { incidentId: open.id },
        key: `uptime-resolved:${open.id}`,
      });
      return { recorded: true, incident: "resolved", emails };
    }

    if (open) {
      const severity = incidentSeverity(slot.getTime() - new Date(open.started_at).getTime());
      if (severity === open.severity) return { recorded: true, incident: null, emails: 0 };
      await tx.execute(sql`update public.incidents set severity = ${severity} where id = ${open.id}`);
      return { recorded: true, incident: "escalated", emails: 0 };
    }

    const [previous] = await tx.execute<{ checked_at: string; ok: boolean }>(sql`
      select checked_at, ok from public.uptime_checks
      where monitor_id = ${monitor.id} and checked_at < ${slot.toISOString()}
      order by checked_at desc limit 1`);
    if (!previous || previous.ok) return { recorded: true, incident: null, emails: 0 };

    const startedAt = new Date(previous.checked_at);
    const [organization] = await tx.execute<{ locale: "pt-BR" | "en" }>(
      sql`select locale from public.organizations where id = ${monitor.orgId}`,
    );
    const title = formatMessage(dictionaryFor(organization?.locale ?? "pt-BR").monitoring.incidentTitle, {
      url: monitor.url,
    });
    const [incident] = await tx.execute<{ id: string }>(sql`
      insert into public.incidents (org_id, project_id, monitor_id, title, severity, started_at)
      values (${monitor.orgId}, ${monitor.projectId}, ${monitor.id}, ${title},
        ${incidentSeverity(slot.getTime() - startedAt.getTime())}, ${startedAt.toISOString()})
      on conflict (monitor_id) where resolved_at is null do nothing
      returning id`);
    if (!incident) return { recorded: true, incident: null, emails: 0 };
    const emails = await queueAdminEmails(tx, {
      orgId: monitor.orgId,
      template: "uptime-incident-opened",
      payload: { incidentId: incident.id },
      key: `uptime-opened:${incident.id}`,
    });
    return { recorded: true, incident: "opened", emails };
  });
}
