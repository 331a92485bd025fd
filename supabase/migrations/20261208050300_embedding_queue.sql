-- The embed function's work queue, after Supabase's automatic-embeddings pattern: triggers on the searchable
-- tables enqueue a source row when its text changes (or it is deleted), and the function takes batches. A
-- plain table rather than pgmq, which the hosted platform has but the local stack cannot load; it keeps the
-- same guarantees: a claimed job is invisible for a while and comes back if the worker dies (never lost), a
-- failed one is retried with backoff, and a source changed again while being embedded is embedded again.
create table private.embedding_jobs (
  id bigint generated always as identity primary key,
  source_kind text not null check (source_kind in ('project', 'ticket', 'ticket_message', 'delivery', 'incident', 'report')),
  source_ref uuid not null,
  -- Set on every enqueue: a worker completes a job only if it was not enqueued again meanwhile.
  enqueued_at timestamptz not null default clock_timestamp(),
  visible_at timestamptz not null default clock_timestamp(),
  attempts integer not null default 0,
  last_error text,
  unique (source_kind, source_ref)
);
create index embedding_jobs_visible_at_idx on private.embedding_jobs (visible_at);

alter table private.embedding_jobs enable row level security;
alter table private.embedding_jobs force row level security;
revoke all on private.embedding_jobs from public, anon, authenticated;

-- Enqueues the changed row (TG_ARGV[0] names its kind); repeated changes before the worker runs coalesce.
create function private.enqueue_embedding() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  insert into private.embedding_jobs as j (source_kind, source_ref)
    values (tg_argv[0], case when tg_op = 'DELETE' then old.id else new.id end)
    on conflict (source_kind, source_ref)
      do update set enqueued_at = clock_timestamp(), visible_at = clock_timestamp(), attempts = 0, last_error = null;
  return null;
end
$$;
revoke execute on function private.enqueue_embedding() from public;

create trigger enqueue_embedding after insert or delete or update of name, description on public.projects
  for each row execute function private.enqueue_embedding('project');
create trigger enqueue_embedding after insert or delete or update of subject on public.support_tickets
  for each row execute function private.enqueue_embedding('ticket');
create trigger enqueue_embedding after insert or delete or update of body, is_internal on public.ticket_messages
  for each row execute function private.enqueue_embedding('ticket_message');
create trigger enqueue_embedding after insert or delete or update of title, notes on public.deliveries
  for each row execute function private.enqueue_embedding('delivery');
create trigger enqueue_embedding after insert or delete or update of title, cause, postmortem on public.incidents
  for each row execute function private.enqueue_embedding('incident');
create trigger enqueue_embedding after insert or delete or update of summary on public.reports
  for each row execute function private.enqueue_embedding('report');

-- The searchable text of one source row (its body; the title is kept apart, and falls in when there is no
-- body), or no row when it is gone. Internal ticket notes make staff-only documents, which clients never find.
create function private.embedding_source(kind text, ref uuid)
returns table (org_id uuid, title text, content text, staff_only boolean)
language sql stable security definer
set search_path = ''
as $$
  select p.org_id, p.name, coalesce(nullif(btrim(p.description), ''), p.name), false
    from public.projects p where kind = 'project' and p.id = ref
  union all
  select t.org_id, format('#%s %s', t.number, t.subject), t.subject, false
    from public.support_tickets t where kind = 'ticket' and t.id = ref
  union all
  select m.org_id, format('#%s %s', t.number, t.subject), m.body, m.is_internal
    from public.ticket_messages m join public.support_tickets t on t.id = m.ticket_id
    where kind = 'ticket_message' and m.id = ref
  union all
  select d.org_id, d.title, coalesce(nullif(btrim(d.notes), ''), d.title), false
    from public.deliveries d where kind = 'delivery' and d.id = ref
  union all
  select i.org_id, i.title, coalesce(nullif(concat_ws(E'\n\n', i.cause, i.postmortem), ''), i.title), false
    from public.incidents i where kind = 'incident' and i.id = ref
  union all
  select r.org_id, to_char(r.period, 'YYYY-MM'),
      (select string_agg(format('%s: %s', e.key, e.value #>> '{}'), E'\n' order by e.key) from jsonb_each(r.summary) e),
      false
    from public.reports r where kind = 'report' and r.id = ref and r.summary <> '{}'::jsonb;
$$;
revoke execute on function private.embedding_source(text, uuid) from public;

-- Takes up to `batch` visible jobs for `lease` (skipping those another worker holds), with their source text.
create function private.claim_embedding_jobs(batch integer, lease interval default interval '5 minutes')
returns table (
  job_id bigint, enqueued_at timestamptz, attempts integer, source_kind text, source_ref uuid,
  org_id uuid, title text, content text, staff_only boolean
)
language sql volatile security definer
set search_path = ''
as $$
  with claimed as (
    update private.embedding_jobs j set visible_at = clock_timestamp() + lease, attempts = j.attempts + 1
    where j.id in (
      select id from private.embedding_jobs
      where visible_at <= clock_timestamp() and attempts < 5
      order by id limit batch for update skip locked
    )
    returning j.id, j.enqueued_at, j.attempts, j.source_kind, j.source_ref
  )
  select c.id, c.enqueued_at, c.attempts, c.source_kind, c.source_ref, s.org_id, s.title, s.content, s.staff_only
  from claimed c left join lateral private.embedding_source(c.source_kind, c.source_ref) s on true
  order by c.id;
$$;

-- Done: removed unless it was enqueued again while being worked on (then it stays, visible, to run again).
create function private.complete_embedding_job(job bigint, claimed_enqueued_at timestamptz) returns void
language sql volatile security definer
set search_path = ''
as $$
  delete from private.embedding_jobs where id = job and enqueued_at = claimed_enqueued_at;
$$;

-- Failed: kept with the error, retried after 30 s, 2, 8, 32 minutes; after the fifth attempt it waits for staff.
create function private.fail_embedding_job(job bigint, error text) returns void
language sql volatile security definer
set search_path = ''
as $$
  update private.embedding_jobs
    set last_error = left(error, 1000), visible_at = clock_timestamp() + interval '30 seconds' * power(4, attempts - 1)
    where id = job;
$$;

revoke execute on function private.claim_embedding_jobs(integer, interval), private.complete_embedding_job(bigint, timestamptz),
  private.fail_embedding_job(bigint, text) from public;
grant execute on function private.claim_embedding_jobs(integer, interval), private.complete_embedding_job(bigint, timestamptz),
  private.fail_embedding_job(bigint, text) to service_role;
