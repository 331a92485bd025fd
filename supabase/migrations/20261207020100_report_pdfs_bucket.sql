-- The private bucket for the monthly report PDFs, named in public.reports.object_name
-- (`<org_id>/reports/<YYYY-MM>.pdf`). Not the client file store (client-files), where they were planned:
--   * a report is the agency's output, not a file the client stored, so it must not count against the
--     organization's storage quota (which counts every client-files object);
--   * the orphan sweep removes client-files objects that no table references, and nothing there could refer to
--     a report by name (storage_files only holds `<org_id>/<uuid>/<file name>` names);
--   * client-files lets an organization's owners and admins delete any object in its folder; a report's PDF is
--     for the agency alone to replace or remove.
-- Only the report job writes, with the service role, so there are no insert, update or delete policies. The
-- organization's members and staff read (the first folder is the organization), which is what signing a
-- download URL for them needs.
insert into storage.buckets (id, name, public, allowed_mime_types)
values ('report-pdfs', 'report-pdfs', false, array['application/pdf'])
on conflict (id) do nothing;

-- The first folder is compared as text, as client-files does: a cast to uuid could raise on a name that does
-- not start with one before the bucket_id test has excluded it.
create policy "report-pdfs: members and staff read" on storage.objects
  for select to authenticated
  using (
    bucket_id = 'report-pdfs'
    and (
      (storage.foldername(name))[1] = any ((select private.member_org_ids())::text[])
      or (select private.is_staff())
    )
  );

comment on column public.reports.object_name is
  'The PDF: an object of the report-pdfs bucket, in the organization''s folder.';
