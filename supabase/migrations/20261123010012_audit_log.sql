-- Who changed what: written by triggers only (private.audit_row_change) and never changed afterwards. No foreign
-- keys, because entries must outlive the users, organizations and rows they mention.
create table public.audit_log (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  actor_id uuid,
  -- Both set when the change was made by staff impersonating actor_id.
  impersonator_id uuid,
  impersonation_session_id uuid,
  org_id uuid,
  action text not null check (action in ('insert', 'update', 'delete')),
  table_name text not null,
  row_id text,
  -- insert: after only; delete: before only; update: just the keys that changed, old and new values.
  before jsonb,
  after jsonb
);

create index audit_log_org_id_occurred_at_idx on public.audit_log (org_id, occurred_at);
create index audit_log_actor_id_idx on public.audit_log (actor_id);
create index audit_log_impersonator_id_idx on public.audit_log (impersonator_id) where impersonator_id is not null;

-- Append-only for everyone, the service role and other triggers included.
create function private.refuse_audit_change() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'audit_log_append_only' using errcode = 'insufficient_privilege';
end
$$;

create trigger append_only before update or delete on public.audit_log
  for each row execute function private.refuse_audit_change();
create trigger append_only_truncate before truncate on public.audit_log
  for each statement execute function private.refuse_audit_change();

-- Secrets (token and key hashes, passwords) are shown as changed but never copied into the trail, which more
-- people read than the tables themselves: keys named like *_hash, *token*, *secret*, *password* are redacted.
create function private.redact_secrets(row_data jsonb) returns jsonb
language sql immutable
set search_path = ''
as $$
  select jsonb_object_agg(
    r.key,
    case when r.key ~ '(^|_)(hash|token|secret|password)(_|$)' then to_jsonb('[redacted]'::text) else r.value end
  )
  from jsonb_each(row_data) r
$$;

-- AFTER INSERT/UPDATE/DELETE on every tenant table. The organization is the row's org_id (its id for
-- organizations itself); the row id is its `id` column. Attach with
--   create trigger audit_row_change after insert or update or delete on public.<t>
--     for each row execute function private.audit_row_change();
create function private.audit_row_change() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
  new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
  row_data jsonb := coalesce(new_row, old_row);
  before_values jsonb := old_row;
  after_values jsonb := new_row;
begin
  if tg_op = 'UPDATE' then
    select jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, new_row -> o.key)
    into before_values, after_values
    from jsonb_each(old_row) o
    where o.value is distinct from new_row -> o.key;
    if before_values is null then
      return null;
    end if;
  end if;
  insert into public.audit_log
    (actor_id, impersonator_id, impersonation_session_id, org_id, action, table_name, row_id, before, after)
  values (
    (select auth.uid()),
    private.claim_uuid('impersonator'),
    private.claim_uuid('impersonation_session_id'),
    (case when tg_table_name = 'organizations' then row_data ->> 'id' else row_data ->> 'org_id' end)::uuid,
    lower(tg_op),
    tg_table_name,
    row_data ->> 'id',
    private.redact_secrets(before_values),
    private.redact_secrets(after_values)
  );
  return null;
end
$$;

alter table public.audit_log enable row level security;
alter table public.audit_log force row level security;

create policy audit_log_select_staff_or_org_admin on public.audit_log
  for select to authenticated
  using ((select private.is_staff()) or org_id = any ((select private.admin_org_ids())::uuid[]));

revoke insert, update, delete, truncate on public.audit_log from anon, authenticated;
revoke execute on function private.refuse_audit_change(), private.redact_secrets(jsonb), private.audit_row_change() from public;
