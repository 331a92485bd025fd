-- One profile per auth user: what the app shows about a person. auth.users belongs to Supabase Auth and is not
-- readable through the API, so names and avatars live here, under the app's own policies.
create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text check (char_length(full_name) <= 200),
  locale text not null default 'pt-BR' check (locale in ('pt-BR', 'en')),
  avatar_url text check (avatar_url ~ '^https?://'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create trigger set_updated_at before update on public.profiles
  for each row execute function private.set_updated_at();

-- Every sign-up path (password, OTP, OAuth, SSO, admin API, seed) inserts into auth.users, so the profile is
-- created here rather than by each flow. Metadata is user-supplied: only well-formed values are kept.
create function private.create_profile() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  meta jsonb := coalesce(new.raw_user_meta_data, '{}'::jsonb);
begin
  insert into public.profiles (id, full_name, locale, avatar_url)
  values (
    new.id,
    left(nullif(btrim(coalesce(meta ->> 'full_name', meta ->> 'name')), ''), 200),
    case when meta ->> 'locale' in ('pt-BR', 'en') then meta ->> 'locale' else 'pt-BR' end,
    case when meta ->> 'avatar_url' ~ '^https?://' then meta ->> 'avatar_url' end
  )
  on conflict (id) do nothing;
  return new;
end
$$;

create trigger create_profile after insert on auth.users
  for each row execute function private.create_profile();
revoke execute on function private.create_profile() from public;

alter table public.profiles enable row level security;
alter table public.profiles force row level security;

-- Yourself, the people you work with (any organization you belong to) and, for staff, everyone.
create policy profiles_select_self_team_or_staff on public.profiles
  for select to authenticated
  using (
    id = (select auth.uid())
    or id in (select m.user_id from public.memberships m where m.org_id = any ((select private.member_org_ids())::uuid[]))
    or (select private.is_staff())
  );

-- Profiles are created by the trigger above and removed with the user; a user edits only their own.
create policy profiles_update_self on public.profiles
  for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));
