-- Whether any row names a Storage object: the one definition the orphan sweep (src/files/list-orphan-objects.ts)
-- keeps, so it removes only what nothing references. Every column that stores object names is listed here:
--   storage_files.object_name          the file store's records (any bucket they name)
--   ticket_messages.attachments        [{object_name, …}]: client-files objects of the message's organization,
--                                      which a message may attach without a storage_files row
--   reports.object_name                the PDF, in report-pdfs
--   url_analyses.screenshot_object     the analyzer's screenshot, in analysis-screenshots
-- (the database tests hold this list to the columns that exist). The tests the sweep runs for each client-files
-- object use indexes: the file store's unique (bucket_id, object_name), and messages by the organization of the
-- object's first folder.
create function private.object_is_referenced(bucket text, object_name text) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
      select 1 from public.storage_files f where f.bucket_id = bucket and f.object_name = object_is_referenced.object_name
    )
    or (
      bucket = 'client-files'
      and exists (
        select 1 from public.ticket_messages m
        where m.org_id = private.object_org_id(object_is_referenced.object_name)
          and m.attachments @> jsonb_build_array(jsonb_build_object('object_name', object_is_referenced.object_name))
      )
    )
    or (
      bucket = 'report-pdfs'
      and exists (select 1 from public.reports r where r.object_name = object_is_referenced.object_name)
    )
    or (
      bucket = 'analysis-screenshots'
      and exists (select 1 from public.url_analyses a where a.screenshot_object = object_is_referenced.object_name)
    )
$$;

revoke execute on function private.object_is_referenced(text, text) from public;
