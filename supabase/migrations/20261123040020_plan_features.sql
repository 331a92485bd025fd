-- The plan's features that are not counts, enforced like its limits: white-label branding and the ad
-- platforms a campaign may run on. The error names the feature the way a limit is named, so the app offers the
-- upgrade for both. Like limits, a downgrade deletes nothing: existing campaigns and branding stay; only new
-- ones (or changes) are refused.

-- An organization's plan features. Called only by the triggers below, which are security definer: the
-- request may come from staff or a member who cannot read a bespoke plan, and no grant is needed that would
-- let anyone look up another organization's plan.
create function private.plan_features(org uuid) returns jsonb
language plpgsql stable
set search_path = ''
as $$
begin
  return (
    select p.features from public.organizations o join public.plans p on p.key = o.tier where o.id = org
  );
end
$$;
revoke execute on function private.plan_features(uuid) from public;

create function private.enforce_white_label() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if new.white_label <> '{}'::jsonb
    and (tg_op = 'INSERT' or new.white_label is distinct from old.white_label)
    and not coalesce((private.plan_features(new.id) ->> 'white_label')::boolean, false) then
    raise exception 'tier_limit_exceeded:white_label' using errcode = 'check_violation';
  end if;
  return new;
end
$$;
revoke execute on function private.enforce_white_label() from public;

-- AFTER, so the plan is looked up with the row as written: new branding and a tier change in one statement
-- are judged by the new tier.
create trigger enforce_white_label after insert or update of white_label on public.organizations
  for each row execute function private.enforce_white_label();

create function private.enforce_campaign_platform() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if (tg_op = 'INSERT' or new.platform is distinct from old.platform)
    and not coalesce(private.plan_features(new.org_id) -> 'campaign_platforms' ? new.platform, false) then
    raise exception 'tier_limit_exceeded:campaign_platform' using errcode = 'check_violation';
  end if;
  return new;
end
$$;
revoke execute on function private.enforce_campaign_platform() from public;

create trigger enforce_campaign_platform before insert or update of platform on public.campaigns
  for each row execute function private.enforce_campaign_platform();
