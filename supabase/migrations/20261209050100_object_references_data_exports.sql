-- Data exports name their zip (data_exports.object_name, in data-exports): the one definition of "an object some
-- row references" lists it with the other columns, so every sweep, now and later, leaves exports to their own
-- expiry job.
create or replace function private.object_is_referenced(bucket text, object_name text) returns boolean
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
    or (
      bucket = 'data-exports'
      and exists (select 1 from public.data_exports e where e.object_name = object_is_referenced.object_name)
    )
$$;
