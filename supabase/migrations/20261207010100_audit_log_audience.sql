-- The audit trail copies rows, so it must never show a reader more than the source table would. Two gaps
-- closed here: rows clients cannot read (a staff-only internal note of a ticket) were filed under the client's
-- organization and read by its owners/admins; and columns no API role may read were copied unless their name
-- looked secret.
--
-- Rows: each entry records at write time whether it is `staff_only`. Which rows clients may read is decided
-- per table below, and fails closed: a table not listed is staff-only in the trail until someone decides
-- otherwise (the schema test lists every audited table, so that decision is made when the table is added).
-- Columns: a key of the copied row is redacted unless `authenticated` holds SELECT on that column; secrets by
-- name stay redacted too (staff read the trail and are not meant to see token hashes either).
alter table public.audit_log add column staff_only boolean not null default true;

-- Whether a change of a row of `source_table` is the organization's to read, judged on both versions: a note
-- that was ever internal stays out of the client's trail.
create function private.audit_visible_to_clients(source_table text, before_row jsonb, after_row jsonb)
returns boolean
language sql immutable
set search_path = ''
as $$
  select case
    when source_table = 'ticket_messages' then
      coalesce((before_row ->> 'is_internal')::boolean, false) = false
      and coalesce((after_row ->> 'is_internal')::boolean, false) = false
    -- Readable by the organization's members or admins in the table itself, every row alike.
    when source_table in (
      'api_keys', 'billing_customers', 'campaign_metrics', 'campaigns', 'deliveries', 'domains', 'incidents',
      'infrastructure', 'invitations', 'memberships', 'milestones', 'network_usage', 'org_limit_overrides',
      'organizations', 'performance_metrics', 'projects', 'reports', 'storage_files', 'storage_folders',
      'subscriptions', 'support_tickets', 'uptime_checks'
    ) then true
    else false
  end
$$;

-- A copy of the row without the values its readers may not see: keys named like secrets, and columns the API
-- roles hold no SELECT on. The key stays, so the trail still says that the column changed.
create or replace function private.redact_secrets(source_table regclass, row_data jsonb) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_object_agg(
    r.key,
    case
      when r.key ~ '(^|_)(hash|token|secret|password)(_|$)'
        or not has_column_privilege('authenticated', source_table, r.key, 'SELECT')
      then to_jsonb('[redacted]'::text)
      else r.value
    end
  )
  from jsonb_each(row_data) r
$$;
drop function private.redact_secrets(jsonb);

create or replace function private.audit_row_change() returns trigger
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
    (actor_id, impersonator_id, impersonation_session_id, org_id, action, table_name, row_id, before, after,
     staff_only)
  values (
    (select auth.uid()),
    private.claim_uuid('impersonator'),
    private.claim_uuid('impersonation_session_id'),
    (case when tg_table_name = 'organizations' then row_data ->> 'id' else row_data ->> 'org_id' end)::uuid,
    lower(tg_op),
    tg_table_name,
    row_data ->> 'id',
    private.redact_secrets(tg_relid, before_values),
    private.redact_secrets(tg_relid, after_values),
    -- Judged on the whole rows, not the diff: an update of an internal note's text does not carry is_internal.
    not private.audit_visible_to_clients(tg_table_name, old_row, new_row)
  );
  return null;
end
$$;

revoke execute on function private.audit_visible_to_clients(text, jsonb, jsonb),
  private.redact_secrets(regclass, jsonb) from public;

-- Entries written before this migration: classified the same way. The trail is append-only, so its guard steps
-- aside for this one statement.
alter table public.audit_log disable trigger append_only;
update public.audit_log a
set staff_only = not private.audit_visible_to_clients(a.table_name, a.before, a.after)
  or (a.table_name = 'ticket_messages' and not exists (
    -- An update's diff may not carry is_internal: the message itself decides, and a deleted one stays hidden.
    select 1 from public.ticket_messages m where m.id::text = a.row_id and not m.is_internal
  ));
alter table public.audit_log enable trigger append_only;

drop policy audit_log_select_staff_or_org_admin on public.audit_log;
create policy audit_log_select_staff_or_org_admin on public.audit_log
  for select to authenticated
  using ((select private.is_staff()) or (not staff_only and org_id = any ((select private.admin_org_ids())::uuid[])));
