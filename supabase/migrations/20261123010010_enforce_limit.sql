-- Tier limits, enforced in the database so that no code path (app, job, SQL console) and no race between
-- concurrent requests can exceed them.

-- The period a monthly metric counts in: the calendar month at `moment` in the organization's time zone.
create function private.usage_period(org uuid, moment timestamptz default now()) returns text
language sql stable security definer
set search_path = ''
as $$
  select to_char(moment at time zone o.time_zone, 'YYYY-MM') from public.organizations o where o.id = org
$$;
revoke execute on function private.usage_period(uuid, timestamptz) from public;
grant execute on function private.usage_period(uuid, timestamptz) to authenticated, service_role;

-- Raises check_violation 'tier_limit_exceeded:<limit_key>' when the organization's usage plus `amount` would
-- exceed its effective limit, and otherwise records the usage where it is counter-backed.
--
-- Effective limit: the org_limit_overrides row for the key if there is one, else the plan_limits row of the
-- organization's tier; a null value is unlimited (never blocks). A key with neither row is a configuration
-- error (invalid_parameter_value). Usage, per key:
--   projects, domains   rows of public.projects / public.domains with this org_id (0 until the table exists)
--   team_members        memberships (invited or accepted) + pending invitations (not accepted, not expired)
--   tickets_per_month   usage_counters (org, 'tickets', private.usage_period(org)); incremented by `amount`
--   storage_bytes       usage_counters (org, 'storage_bytes', 'total'); incremented by `amount` (bytes)
-- Counter-backed keys are incremented in the caller's transaction, so a rolled-back insert gives the
-- allowance back; row-counted keys count whatever rows the caller's transaction can see.
--
-- Race safety: the organization's row is locked first (FOR NO KEY UPDATE: it serializes limit checks of one
-- organization with each other, yet does not wait for transactions that merely insert rows referencing the
-- organization, whose foreign-key checks take KEY SHARE locks). A concurrent check waits for the first
-- transaction to finish and then counts again, seeing its rows.
--
-- Downgrading below current usage deletes nothing: existing rows stay, new ones are refused until usage is
-- back under the limit. Called by triggers (see private.enforce_limit_trigger); users cannot call it, since it
-- would let them spend another organization's allowance.
create function private.enforce_limit(org uuid, limit_key text, amount bigint default 1) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  organization public.organizations;
  has_limit boolean;
  max_usage bigint;
  current_usage bigint;
begin
  if amount is null or amount < 0 then
    raise exception 'enforce_limit: amount must be zero or positive' using errcode = 'invalid_parameter_value';
  end if;

  select * into organization from public.organizations o where o.id = org for no key update;
  if not found then
    raise exception 'enforce_limit: no organization %', org using errcode = 'foreign_key_violation';
  end if;

  select true, ov.value into has_limit, max_usage
  from public.org_limit_overrides ov where ov.org_id = org and ov.limit_key = enforce_limit.limit_key;
  if has_limit is null then
    select true, pl.value into has_limit, max_usage
    from public.plan_limits pl where pl.plan_key = organization.tier and pl.limit_key = enforce_limit.limit_key;
  end if;
  if has_limit is null then
    raise exception 'enforce_limit: plan % has no limit %', organization.tier, limit_key
      using errcode = 'invalid_parameter_value';
  end if;

  case limit_key
    when 'projects', 'domains' then
      if to_regclass('public.' || limit_key) is null then
        current_usage := 0;
      else
        execute format('select count(*) from public.%I where org_id = $1', limit_key) into current_usage using org;
      end if;
    when 'team_members' then
      select (select count(*) from public.memberships m where m.org_id = org)
        + (select count(*) from public.invitations i
           where i.org_id = org and i.accepted_at is null and i.expires_at > now())
      into current_usage;
    when 'tickets_per_month', 'storage_bytes' then
      insert into public.usage_counters as c (org_id, metric, period, value)
      values (
        org,
        case limit_key when 'tickets_per_month' then 'tickets' else 'storage_bytes' end,
        case limit_key when 'tickets_per_month' then private.usage_period(org) else 'total' end,
        amount
      )
      on conflict (org_id, metric, period) do update set value = c.value + excluded.value, updated_at = now()
      returning c.value - amount into current_usage;
    else
      raise exception 'enforce_limit: unknown limit %', limit_key using errcode = 'invalid_parameter_value';
  end case;

  if max_usage is not null and current_usage + amount > max_usage then
    raise exception 'tier_limit_exceeded:%', limit_key
      using errcode = 'check_violation', detail = format('usage %s + %s > limit %s', current_usage, amount, max_usage);
  end if;
end
$$;

-- The trigger form, for every table whose rows use a limit:
--   create trigger limit_projects after insert on public.projects
--     for each row execute function private.enforce_limit_trigger('projects');
--   create trigger limit_tickets after insert on public.support_tickets
--     for each row execute function private.enforce_limit_trigger('tickets_per_month');
--   create trigger limit_storage after insert on public.<files>
--     for each row execute function private.enforce_limit_trigger('storage_bytes', '<size column>');
-- The row must have org_id. AFTER, not BEFORE: row-level security has already refused writes the caller may
-- not make, so nobody learns another organization's usage, and a row-counted key already counts the new row
-- (amount 0). Counter-backed keys add the named column's value, or 1.
create function private.enforce_limit_trigger() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  limit_key text := tg_argv[0];
  row_data jsonb := to_jsonb(new);
begin
  perform private.enforce_limit(
    (row_data ->> 'org_id')::uuid,
    limit_key,
    case
      when limit_key in ('projects', 'domains', 'team_members') then 0
      else coalesce((row_data ->> tg_argv[1])::bigint, 1)
    end
  );
  return null;
end
$$;

-- Bytes given back when a file is deleted (monthly allowances are never given back: a deleted ticket was
-- still used). Call it from the file table's AFTER DELETE trigger.
create function private.release_storage(org uuid, bytes bigint) returns void
language sql security definer
set search_path = ''
as $$
  update public.usage_counters c set value = greatest(c.value - bytes, 0), updated_at = now()
  where c.org_id = org and c.metric = 'storage_bytes' and c.period = 'total'
$$;

revoke execute on function private.enforce_limit(uuid, text, bigint), private.enforce_limit_trigger(),
  private.release_storage(uuid, bigint) from public;

-- A seat is taken by a membership and by a pending invitation, including one revived by a new expiry date.
create trigger limit_team_members after insert on public.memberships
  for each row execute function private.enforce_limit_trigger('team_members');
create trigger limit_team_members after insert on public.invitations
  for each row execute function private.enforce_limit_trigger('team_members');
create trigger limit_team_members_reopened after update of accepted_at, expires_at on public.invitations
  for each row
  when (new.accepted_at is null and new.expires_at > now() and (old.accepted_at is not null or old.expires_at <= now()))
  execute function private.enforce_limit_trigger('team_members');
