-- The public bucket for the analyzer's page screenshots (`<analysis id>.jpg`). Public because the report
-- page at /r/<id> is shareable without signing in and the screenshot shows only what the public page showed.
-- Only the analysis job writes, with the service role, so there are no policies for other roles: on a public
-- bucket, reads go through Storage's public route without RLS, and writes stay refused to everyone else.
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('analysis-screenshots', 'analysis-screenshots', true, 1048576, array['image/jpeg'])
on conflict (id) do nothing;
