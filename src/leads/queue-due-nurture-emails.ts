import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";
import { nurtureDays } from "./nurture-schedule";

/** Nurture days are counted in the agency's calendar, so "day 3" is the third date after consent there. */
export const NURTURE_TIME_ZONE = "America/Sao_Paulo";

/**
 * Queues, for every lead that consented and is still `new` or `nurturing`, the next nurture email once its
 * day has come. One step per lead per run, in order, and never sooner than two days after the previous one,
 * so a lead who consented late or a job that was down for a while catches up without a burst.
 *
 * Never the same email twice, also under retries and concurrent runs: the outbox key `nurture:<lead>:<day>`
 * is unique (`on conflict do nothing`), the lead's step advances in the same statement, and leads locked by
 * a concurrent run are skipped rather than waited for.
 */
export async function queueDueNurtureEmails(now: Date): Promise<{ queued: number; leads: number }> {
  const at = now.toISOString();
  // Constant integers, not input: inlined so the array is one SQL value rather than a parameter list.
  const days = sql.raw(`array[${nurtureDays.join(", ")}]::int[]`);
  const [row] = await serviceDb().execute<{ queued: number; leads: number }>(sql`
    with due as (
      select l.id, l.email, l.locale, l.nurture_step + 1 as step, (${days})[l.nurture_step + 1] as day
      from public.leads l
      where l.status in ('new', 'nurturing')
        and l.consent_at is not null
        and l.unsubscribed_at is null
        and l.nurture_step < cardinality(${days})
        and (${at}::timestamptz at time zone ${NURTURE_TIME_ZONE})::date
          - (l.consent_at at time zone ${NURTURE_TIME_ZONE})::date >= (${days})[l.nurture_step + 1]
        and (l.last_nurture_at is null or l.last_nurture_at <= ${at}::timestamptz - interval '2 days')
      for update skip locked
    ),
    queued as (
      insert into public.email_outbox (to_email, template, locale, payload, idempotency_key, send_after)
      select d.email, 'lead-nurture', d.locale, jsonb_build_object('leadId', d.id, 'day', d.day),
        format('nurture:%s:%s', d.id, d.day), ${at}::timestamptz
      from due d
      on conflict (idempotency_key) do nothing
      returning 1
    ),
    advanced as (
      update public.leads l
      set nurture_step = d.step, last_nurture_at = ${at}::timestamptz, status = 'nurturing'
      from due d
      where l.id = d.id
      returning 1
    )
    select (select count(*) from queued)::int as queued, (select count(*) from advanced)::int as leads`);
  return { queued: row?.queued ?? 0, leads: row?.leads ?? 0 };
}
