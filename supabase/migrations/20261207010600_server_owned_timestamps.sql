-- When a row was created (and, for a new row, last updated) is the server's to say: a member could backdate a ticket (`created_at` on insert),
-- which falsifies the SLA figures that start from it. Every table a signed-in user may write gets this trigger;
-- requests without an end user (the seed, imports, jobs and webhooks on the service role) may still record
-- history as it happened. The schema test checks that no writable table lacks it.
-- Security definer only to ask is_service_request(), which is not the caller's to call.
create function private.stamp_created_at() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if private.is_service_request() then
    return new;
  end if;
  if tg_op = 'UPDATE' then
    new := jsonb_populate_record(new, jsonb_build_object('created_at', old.created_at));
  elsif to_jsonb(new) ? 'updated_at' then
    new := jsonb_populate_record(new, jsonb_build_object('created_at', now(), 'updated_at', now()));
  else
    new := jsonb_populate_record(new, jsonb_build_object('created_at', now()));
  end if;
  return new;
end
$$;

revoke execute on function private.stamp_created_at() from public;

-- Tables with a created_at column that authenticated users may insert or update.
do $$
declare
  target record;
begin
  for target in
    select distinct c.table_name
    from information_schema.columns c
    where c.table_schema = 'public' and c.column_name = 'created_at'
      and exists (
        select 1 from information_schema.column_privileges p
        where p.table_schema = 'public' and p.table_name = c.table_name and p.column_name = 'created_at'
          and p.grantee = 'authenticated' and p.privilege_type in ('INSERT', 'UPDATE')
      )
  loop
    execute format(
      'create trigger stamp_created_at before insert or update on public.%I
         for each row execute function private.stamp_created_at()',
      target.table_name
    );
  end loop;
end
$$;
