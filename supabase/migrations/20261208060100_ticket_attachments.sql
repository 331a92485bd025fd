-- Attachments on ticket messages. A member uploads each file into the organization's folder of the client-files
-- bucket (charged to the storage quota when the bytes arrive, like any file), then posts the message naming the
-- objects. The database describes each attachment from the object itself, so a message never claims a size or
-- a type the bytes do not have, and refuses what the author could not rightly attach:
--   * an object that is not stored (never uploaded, or removed meanwhile);
--   * an object someone else uploaded, or one the file store records (deleting that file would leave the
--     message pointing at nothing): an attachment is the author's own, fresh upload;
--   * more than ten files on one message.
-- Internal notes carry no attachments: client-files objects are readable by every member of the organization,
-- so a file attached to a note would not stay internal.
-- The seed and the service role (no auth.uid()) describe their attachments themselves.

alter table public.ticket_messages
  add constraint ticket_messages_internal_without_attachments check (not is_internal or attachments = '[]'::jsonb),
  add constraint ticket_messages_attachments_count check (jsonb_array_length(attachments) <= 10);

-- Security definer: the object's owner and metadata, and whether the file store records it, are read here
-- whatever the author may see of them.
create function private.describe_ticket_attachments() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  described jsonb := '[]'::jsonb;
  attachment jsonb;
  found storage.objects%rowtype;
begin
  -- An internal note with files is the check constraint's to refuse, in its own words.
  if auth.uid() is null or new.is_internal or jsonb_array_length(new.attachments) = 0 then
    return new;
  end if;
  for attachment in select value from jsonb_array_elements(new.attachments) loop
    select o.* into found
    from storage.objects o
    where o.bucket_id = 'client-files' and o.name = attachment ->> 'object_name';
    if found.id is null
      or found.owner_id is distinct from auth.uid()::text
      or exists (
        select 1 from public.storage_files f where f.bucket_id = 'client-files' and f.object_name = found.name
      ) then
      raise exception 'attachment_unavailable' using errcode = 'foreign_key_violation',
        detail = attachment ->> 'object_name';
    end if;
    described := described || jsonb_build_array(jsonb_build_object(
      'object_name', found.name,
      'name', attachment ->> 'name',
      'mime_type', coalesce(found.metadata ->> 'mimetype', 'application/octet-stream'),
      'size_bytes', coalesce((found.metadata ->> 'size')::bigint, 0)
    ));
  end loop;
  new.attachments := described;
  return new;
end;
$$;

-- A trigger function only: nobody calls it directly.
revoke execute on function private.describe_ticket_attachments() from public;

-- Named to run before guard_write's and the audit's triggers see the row (BEFORE triggers fire by name).
create trigger describe_attachments before insert on public.ticket_messages
  for each row execute function private.describe_ticket_attachments();
