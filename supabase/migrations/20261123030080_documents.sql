-- Source texts for AI insights (reports, tickets, metrics summaries), one per source item, written by the
-- embed job (service role). Members read their organization's documents; staff read all.
create table public.documents (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  source_kind text not null check (source_kind ~ '^[a-z][a-z_]*$'),
  source_ref text not null,
  title text not null,
  content text not null,
  -- sha256 of content: the embed job skips documents whose text has not changed.
  content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- One document per source item, so the embed job upserts; also serves the org_id foreign key.
create unique index documents_org_id_source_kind_source_ref_key on public.documents (org_id, source_kind, source_ref);
-- Target of embeddings' (document_id, org_id) foreign key, which keeps a chunk in its document's organization.
create unique index documents_id_org_id_key on public.documents (id, org_id);

alter table public.documents enable row level security;
alter table public.documents force row level security;

create policy documents_select_member_or_staff on public.documents
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));

revoke all on public.documents from anon, authenticated;
grant select on public.documents to authenticated;

create trigger set_updated_at before update on public.documents
  for each row execute function private.set_updated_at();
create trigger guard_write before insert or update or delete on public.documents
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.documents
  for each row execute function private.audit_row_change();
