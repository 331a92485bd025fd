-- A client's owners and admins start projects and add domains themselves (the dashboard's forms); the agency
-- keeps what it reports on. Admins of the organization may insert and update its projects and insert its
-- domains, while triggers keep the agency's columns to staff and the service role:
--   projects: status, completion, budget and manager — a client's project starts in discovery at 0 %, with
--             no budget or manager, and only the agency moves those on;
--   domains:  registration, DNS and SSL — a client's new domain starts pending with nothing else known,
--             until the agency's checks fill it in.
-- Members still only read, and a read-only "view as" still writes nothing (guard_write). The triggers judge
-- direct writes of the API roles only: a security-definer function (importing an analysis baseline as a
-- launched project) is trusted code and runs as its owner, so they run as the invoker to see who that is.

create function private.protect_project_progress() returns trigger
language plpgsql security invoker
set search_path = ''
as $$
begin
  if current_user not in ('authenticated', 'anon') or private.is_staff() then
    return new;
  end if;
  if (tg_op = 'INSERT'
        and (new.status <> 'discovery' or new.completion <> 0 or new.budget is not null or new.manager_id is not null))
     or (tg_op = 'UPDATE'
        and (new.status, new.completion, new.budget, new.manager_id)
            is distinct from (old.status, old.completion, old.budget, old.manager_id)) then
    raise exception 'protected_column:project_progress' using errcode = 'insufficient_privilege';
  end if;
  return new;
end
$$;

revoke execute on function private.protect_project_progress() from public;
create trigger protect_project_progress before insert or update on public.projects
  for each row execute function private.protect_project_progress();

create function private.protect_domain_registration() returns trigger
language plpgsql security invoker
set search_path = ''
as $$
begin
  if current_user not in ('authenticated', 'anon') or private.is_staff() then
    return new;
  end if;
  if new.status <> 'pending' or new.registrar is not null or new.nameservers <> '{}' or new.dns_records <> '[]'
     or new.ssl_status <> 'none' or new.ssl_provider is not null or new.ssl_expires_at is not null
     or new.registered_at is not null or new.renews_at is not null then
    raise exception 'protected_column:domain_registration' using errcode = 'insufficient_privilege';
  end if;
  return new;
end
$$;

revoke execute on function private.protect_domain_registration() from public;
create trigger protect_domain_registration before insert on public.domains
  for each row execute function private.protect_domain_registration();

create policy projects_insert_admin on public.projects
  for insert to authenticated
  with check (org_id = any ((select private.admin_org_ids())::uuid[]));
create policy projects_update_admin on public.projects
  for update to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]))
  with check (org_id = any ((select private.admin_org_ids())::uuid[]));
create policy domains_insert_admin on public.domains
  for insert to authenticated
  with check (org_id = any ((select private.admin_org_ids())::uuid[]));
