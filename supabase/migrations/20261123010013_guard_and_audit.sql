-- Impersonation guard and audit trail on the tables of the tenancy core (tables added later attach both in
-- their own migration). guard_write runs first among BEFORE triggers by name, so a read-only impersonation is
-- refused before anything else happens.
create trigger guard_write before insert or update or delete on public.organizations
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.organizations
  for each row execute function private.audit_row_change();

create trigger guard_write before insert or update or delete on public.memberships
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.memberships
  for each row execute function private.audit_row_change();

create trigger guard_write before insert or update or delete on public.invitations
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.invitations
  for each row execute function private.audit_row_change();

create trigger guard_write before insert or update or delete on public.profiles
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.profiles
  for each row execute function private.audit_row_change();

create trigger guard_write before insert or update or delete on public.org_limit_overrides
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.org_limit_overrides
  for each row execute function private.audit_row_change();

create trigger guard_write before insert or update or delete on public.plans
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.plans
  for each row execute function private.audit_row_change();

create trigger guard_write before insert or update or delete on public.plan_limits
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.plan_limits
  for each row execute function private.audit_row_change();

-- Starting and ending "view as" is itself part of the trail.
create trigger guard_write before insert or update or delete on public.impersonation_sessions
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.impersonation_sessions
  for each row execute function private.audit_row_change();

-- Counters change with the rows that use them (audited there); auditing each increment would double the trail.
create trigger guard_write before insert or update or delete on public.usage_counters
  for each row execute function private.guard_write();
