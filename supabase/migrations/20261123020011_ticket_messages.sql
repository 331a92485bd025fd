-- The conversation of a ticket. Members of the organization and staff post replies; staff may also post
-- internal notes (is_internal), which members never see. Messages are history: only staff edit or delete
-- them. The composite foreign key keeps a message in its ticket's organization.
create table public.ticket_messages (
  id uuid primary key default gen_random_uuid(),
  ticket_id uuid not null,
  org_id uuid not null references public.organizations (id) on delete cascade,
  author_id uuid default auth.uid() references auth.users (id) on delete set null,
  body text not null check (length(btrim(body)) > 0),
  is_internal boolean not null default false,
  -- [{object_name, name, …}]: objects of the client-files bucket, inside this organization's folder.
  attachments jsonb not null default '[]'::jsonb
    constraint ticket_messages_attachments_check check (
      jsonb_typeof(attachments) = 'array'
      and not jsonb_path_exists(
        attachments,
        '$[*] ? (@.type() != "object" || !exists(@.name) || @.name.type() != "string"
          || !exists(@.object_name) || !(@.object_name starts with $prefix))',
        jsonb_build_object('prefix', org_id::text || '/')
      )
    ),
  created_at timestamptz not null default now(),
  constraint ticket_messages_ticket_fkey foreign key (ticket_id, org_id)
    references public.support_tickets (id, org_id) on delete cascade
);

create index ticket_messages_ticket_id_org_id_idx on public.ticket_messages (ticket_id, org_id);
create index ticket_messages_org_id_idx on public.ticket_messages (org_id);
create index ticket_messages_author_id_idx on public.ticket_messages (author_id);

alter table public.ticket_messages enable row level security;
alter table public.ticket_messages force row level security;
revoke all on public.ticket_messages from anon;

create policy ticket_messages_select_member_or_staff on public.ticket_messages
  for select to authenticated
  using ((org_id = any ((select private.member_org_ids())::uuid[]) and not is_internal) or (select private.is_staff()));
create policy ticket_messages_insert_member_or_staff on public.ticket_messages
  for insert to authenticated
  with check (
    author_id = (select auth.uid())
    and ((select private.is_staff()) or (org_id = any ((select private.member_org_ids())::uuid[]) and not is_internal))
  );
create policy ticket_messages_update_staff on public.ticket_messages
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy ticket_messages_delete_staff on public.ticket_messages
  for delete to authenticated
  using ((select private.is_staff()));

-- The SLA clock stops at the agency's first public reply. Security definer: the author's staff status and
-- the ticket's update are decided here, not by what the caller may see or change.
create function private.stamp_first_response() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if not new.is_internal and exists (select 1 from public.staff s where s.user_id = new.author_id) then
    update public.support_tickets t
      set first_response_at = new.created_at
      where t.id = new.ticket_id and t.first_response_at is null;
  end if;
  return null;
end;
$$;

-- A trigger function only: nobody calls it directly.
revoke execute on function private.stamp_first_response() from public;

create trigger guard_write before insert or update or delete on public.ticket_messages
  for each row execute function private.guard_write();
create trigger stamp_first_response after insert on public.ticket_messages
  for each row execute function private.stamp_first_response();
create trigger audit_row_change after insert or update or delete on public.ticket_messages
  for each row execute function private.audit_row_change();
