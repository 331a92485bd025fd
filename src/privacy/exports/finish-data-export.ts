import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";
import { dataExportLifetimeDays } from "./data-exports-bucket";

/**
 * Marks the export ready for 7 days and queues the email with its link, in one transaction. The email is keyed
 * by the export, so a retried or repeated finish never sends a second one.
 */
export async function finishDataExport(
  exportId: string,
  stored: { objectName: string; bytes: number },
): Promise<{ emails: number }> {
  return serviceDb().transaction(async (tx) => {
    const [ready] = await tx.execute<{ requested_by: string; org_id: string | null }>(sql`
      update public.data_exports
      set status = 'ready', object_name = ${stored.objectName}, bytes = ${stored.bytes}, progress = 100,
        finished_at = now(), expires_at = now() + make_interval(days => ${dataExportLifetimeDays})
      where id = ${exportId} and status = 'building'
      returning requested_by, org_id`);
    if (!ready) return { emails: 0 };
    const queued = await tx.execute(sql`
      insert into public.email_outbox (org_id, to_email, template, locale, payload, idempotency_key)
      select ${ready.org_id}::uuid, u.email::text, 'data-export-ready',
        coalesce((select o.locale from public.organizations o where o.id = ${ready.org_id}::uuid), p.locale, 'pt-BR'),
        jsonb_build_object('exportId', ${exportId}::uuid),
        'data-export-ready:' || ${exportId}
      from auth.users u left join public.profiles p on p.id = u.id
      where u.id = ${ready.requested_by} and u.email is not null
      on conflict (idempotency_key) do nothing
      returning id`);
    return { emails: queued.length };
  });
}
