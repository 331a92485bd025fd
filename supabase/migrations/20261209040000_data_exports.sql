-- LGPD art. 18 (access and portability): a person downloads their own data, an owner everything the
-- organization holds. A request is a row here; the build-data-export job turns it into one zip (JSON and CSV per
-- table, plus the stored files) in the private data-exports bucket, linked by email for 7 days.
--
-- scope 'account': the requester's personal data; scope 'organization': org_id's data, for its owners.
-- 'expired' is set by the daily expire-data-exports job once it has removed the object.
create table public.data_exports (
  id uuid primary key default gen_random_uuid(),
  scope text not null check (scope in ('account', 'organization')),
  -- Set null when the requester's account is erased: an organization's export stays the organization's.
  requested_by uuid references auth.users (id) on delete set null,
  org_id uuid references public.organizations (id) on delete cascade,
  status text not null default 'queued' check (status in ('queued', 'building', 'ready', 'failed', 'expired')),
  progress integer not null default 0 check (progress between 0 and 100),
  object_name text,
  bytes bigint check (bytes >= 0),
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  expires_at timestamptz,
  constraint data_exports_scope_org check ((scope = 'organization') = (org_id is not null)),
  constraint data_exports_ready_complete check (
    status <> 'ready' or (object_name is not null and expires_at is not null and finished_at is not null)
  )
);

-- One export in flight per subject: a second request while one is queued or building is refused (23505).
create unique index data_exports_one_running_organization_idx on public.data_exports (org_id)
  where scope = 'organization' and status in ('queued', 'building');
create unique index data_exports_one_running_account_idx on public.data_exports (requested_by)
  where scope = 'account' and status in ('queued', 'building');
create index data_exports_org_id_created_at_idx on public.data_exports (org_id, created_at);
create index data_exports_requested_by_created_at_idx on public.data_exports (requested_by, created_at);
-- The storage policy finds an object's export by name.
create index data_exports_object_name_idx on public.data_exports (object_name);
-- The expiry job's scan.
create index data_exports_ready_expires_at_idx on public.data_exports (expires_at) where status = 'ready';

-- Organizations the caller owns (accepted): exports of an organization's data are theirs alone.
create function private.owner_org_ids() returns uuid[]
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return array(
    select m.org_id from public.memberships m
    where m.user_id = (select auth.uid()) and m.status = 'accepted' and m.role = 'owner'
  );
end
$$;
revoke execute on function private.owner_org_ids() from public;
grant execute on function private.owner_org_ids() to authenticated, service_role;

alter table public.data_exports enable row level security;
alter table public.data_exports force row level security;

-- A person sees their own account exports; an organization's owners see its exports (whoever asked).
create policy data_exports_select_own_or_owner on public.data_exports
  for select to authenticated
  using (
    (scope = 'account' and requested_by = (select auth.uid()))
    or (scope = 'organization' and org_id = any ((select private.owner_org_ids())::uuid[]))
  );

-- Requests go through public.request_data_export; the job (service role) moves the status.
revoke all on public.data_exports from anon, authenticated;
grant select on public.data_exports to authenticated;

create trigger guard_write before insert or update or delete on public.data_exports
  for each row execute function private.guard_write();

-- Asks for an export: the caller's own ('account'), or an organization's (its owners only). Refused while one
-- is in flight for the same subject (unique index: conflict), after 5 requests by the caller in 24 hours
-- (rate_limited), and under "view as": exporting is the person's own right, not staff's.
create function public.request_data_export(p_scope text, p_org_id uuid default null) returns uuid
language plpgsql security definer
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  export_id uuid;
begin
  if uid is null then
    raise exception 'not_authenticated' using errcode = 'insufficient_privilege';
  end if;
  if private.is_impersonating() or auth.jwt() ?| array['impersonator', 'impersonation_session_id'] then
    raise exception 'impersonation_read_only' using errcode = 'insufficient_privilege';
  end if;
  if p_scope = 'organization' then
    if p_org_id is null or private.org_role(p_org_id) is distinct from 'owner' then
      raise exception 'owner_only_exports' using errcode = 'insufficient_privilege';
    end if;
  elsif p_scope = 'account' then
    p_org_id := null;
  else
    raise exception 'invalid_scope' using errcode = 'check_violation';
  end if;
  -- Serializes one person's requests, so two at once cannot both pass the count.
  perform pg_advisory_xact_lock(hashtextextended('data_exports:' || uid::text, 0));
  if (
    select count(*) from public.data_exports e
    where e.requested_by = uid and e.created_at > now() - interval '24 hours'
  ) >= 5 then
    raise exception 'rate_limited' using errcode = 'P0001';
  end if;
  insert into public.data_exports (scope, requested_by, org_id)
  values (p_scope, uid, p_org_id)
  returning id into export_id;
  return export_id;
end
$$;

revoke execute on function public.request_data_export(text, uuid) from public, anon;
grant execute on function public.request_data_export(text, uuid) to authenticated;

-- The zips: `<export id>/<file name>.zip`, written by the job with the service role (no write policies).
-- Readers are whoever sees the export's row, so signing a download link for them works with their own client.
insert into storage.buckets (id, name, public, allowed_mime_types)
values ('data-exports', 'data-exports', false, array['application/zip'])
on conflict (id) do nothing;

create policy "data-exports: who sees the export reads" on storage.objects
  for select to authenticated
  using (
    bucket_id = 'data-exports'
    and exists (select 1 from public.data_exports e where e.object_name = name and e.status = 'ready')
  );
