-- What an organization's owners and admins set on the settings page, beyond name, time zone and locale:
-- where invoices go, the slug's history (so links with an old slug keep working), the brand's logo, and
-- deleting the organization.

-- Invoices and billing notices go here; unset: to the owners.
alter table public.organizations add column billing_email extensions.citext
  check (billing_email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$');

-- White-label branding as the app reads it; anything else in the object is refused, so a stray key cannot
-- smuggle an arbitrary URL or style into every page the client's people see.
alter table public.organizations add constraint organizations_white_label_shape check (
  white_label - array['brand_name', 'logo_url', 'logo_object', 'primary_color', 'accent_color', 'custom_domain',
    'support_email']
    = '{}'::jsonb
  and coalesce(white_label ->> 'primary_color', '#000000') ~ '^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$'
  and coalesce(white_label ->> 'accent_color', '#000000') ~ '^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$'
  and char_length(coalesce(white_label ->> 'brand_name', '')) <= 100
  and coalesce(white_label ->> 'logo_url', 'https://') ~ '^https://'
);

-- Slugs an organization used before. /app/<old slug>/… redirects its members to the current slug, so an old
-- slug stays reserved for the organization that had it; taking it back removes it from the history.
create table public.organization_slug_history (
  slug text primary key,
  org_id uuid not null references public.organizations (id) on delete cascade,
  replaced_at timestamptz not null default now()
);

create index organization_slug_history_org_id_idx on public.organization_slug_history (org_id);

alter table public.organization_slug_history enable row level security;
alter table public.organization_slug_history force row level security;
revoke all on public.organization_slug_history from anon, authenticated;
grant select on public.organization_slug_history to authenticated;

create policy organization_slug_history_select_member_or_staff on public.organization_slug_history
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));

-- Security definer: the history is written by this trigger only, and another organization's old slugs must
-- be seen to be refused.
create function private.record_slug_change() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if new.slug = old.slug then
    return new;
  end if;
  if exists (select 1 from public.organization_slug_history h where h.slug = new.slug and h.org_id <> new.id) then
    raise exception 'slug_taken: % was used by another organization', new.slug using errcode = 'unique_violation';
  end if;
  delete from public.organization_slug_history h where h.slug = new.slug;
  insert into public.organization_slug_history (slug, org_id) values (old.slug, old.id)
    on conflict (slug) do update set org_id = excluded.org_id, replaced_at = now();
  return new;
end
$$;

-- A new organization cannot take a slug another one still answers to.
create function private.refuse_reserved_slug() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if exists (select 1 from public.organization_slug_history h where h.slug = new.slug) then
    raise exception 'slug_taken: % was used by another organization', new.slug using errcode = 'unique_violation';
  end if;
  return new;
end
$$;

revoke execute on function private.record_slug_change(), private.refuse_reserved_slug() from public;

create trigger record_slug_change before update of slug on public.organizations
  for each row execute function private.record_slug_change();
create trigger refuse_reserved_slug before insert on public.organizations
  for each row execute function private.refuse_reserved_slug();

-- Brand logos: a private bucket, one folder per organization. Raster images only (an SVG is active content),
-- at most 512 KB. The organization's owners and admins upload and remove them; its members and staff read
-- (the app signs a short-lived URL to show it).
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('brand-logos', 'brand-logos', false, 524288, array['image/png', 'image/jpeg', 'image/webp'])
on conflict (id) do nothing;

create policy "brand-logos: members and staff read" on storage.objects
  for select to authenticated
  using (
    bucket_id = 'brand-logos'
    and (
      (storage.foldername(name))[1] = any ((select private.member_org_ids())::text[])
      or (select private.is_staff())
    )
  );
create policy "brand-logos: owners and admins upload" on storage.objects
  for insert to authenticated
  with check (
    bucket_id = 'brand-logos'
    and (storage.foldername(name))[1] = any ((select private.admin_org_ids())::text[])
  );
create policy "brand-logos: owners and admins delete" on storage.objects
  for delete to authenticated
  using (
    bucket_id = 'brand-logos'
    and (storage.foldername(name))[1] = any ((select private.admin_org_ids())::text[])
  );

-- The owner deletes the organization, typing its slug to confirm. Refused while a subscription still bills
-- (cancel it first), so nobody is charged for an organization that no longer exists. Everything the
-- organization owns goes with it (foreign keys cascade); its stored objects are no longer referenced and the
-- hourly sweep removes them. A read-only "view as" is refused by the guard_write trigger of the delete.
create function public.delete_organization(p_org_id uuid, p_confirmation text) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  org public.organizations;
begin
  if (select auth.uid()) is null then
    raise exception 'not_authenticated' using errcode = 'insufficient_privilege';
  end if;
  select * into org from public.organizations o where o.id = p_org_id for update;
  if not found or private.org_role(p_org_id) is distinct from 'owner' then
    raise exception 'only_owner_deletes' using errcode = 'insufficient_privilege';
  end if;
  if p_confirmation is distinct from org.slug then
    raise exception 'confirmation_mismatch: type the organization''s slug' using errcode = 'check_violation';
  end if;
  if exists (
    select 1 from public.subscriptions s
    where s.org_id = p_org_id and s.status in ('trialing', 'active', 'past_due', 'unpaid', 'paused')
  ) then
    raise exception 'subscription_active: cancel the subscription first' using errcode = 'object_in_use';
  end if;
  delete from public.organizations o where o.id = p_org_id;
end
$$;

revoke execute on function public.delete_organization(uuid, text) from public, anon;
grant execute on function public.delete_organization(uuid, text) to authenticated;
