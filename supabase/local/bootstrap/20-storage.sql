-- Local-only bootstrap: the `storage` schema as Supabase Storage's own migrations leave it on a hosted project.
-- The local storage emulator reads and writes these tables under the caller's role, so the RLS policies that
-- app migrations put on storage.objects decide exactly as they do on Supabase. Safe to run more than once.

create table if not exists storage.buckets (
  id text primary key,
  name text not null,
  owner uuid,
  owner_id text,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  public boolean default false,
  avif_autodetection boolean default false,
  file_size_limit bigint,
  allowed_mime_types text[],
  type text not null default 'STANDARD' check (type in ('STANDARD', 'ANALYTICS'))
);
create unique index if not exists bname on storage.buckets (name);

create table if not exists storage.objects (
  id uuid primary key default gen_random_uuid(),
  bucket_id text references storage.buckets (id),
  name text,
  owner uuid,
  owner_id text,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  last_accessed_at timestamptz default now(),
  metadata jsonb,
  path_tokens text[] generated always as (string_to_array(name, '/')) stored,
  version text,
  user_metadata jsonb,
  constraint objects_name_check check (
    name !~ E'[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F]'
    and position(U&'\FFFE' in name) = 0
    and position(U&'\FFFF' in name) = 0
  )
);
create unique index if not exists bucketid_objname on storage.objects (bucket_id, name);
create index if not exists name_prefix_search on storage.objects (name text_pattern_ops);

-- Supabase ships RLS on with no policies: nothing is reachable with the anon or a user key until an app
-- migration grants it (service_role bypasses RLS).
alter table storage.buckets enable row level security;
alter table storage.objects enable row level security;

alter table storage.buckets owner to supabase_storage_admin;
alter table storage.objects owner to supabase_storage_admin;

grant all on storage.buckets, storage.objects to anon, authenticated, service_role;
alter default privileges in schema storage grant all on tables to anon, authenticated, service_role;
alter default privileges in schema storage grant execute on functions to anon, authenticated, service_role;

create or replace function storage.update_updated_at_column() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at = now();
  return new;
end;
$$;

create or replace trigger update_objects_updated_at
  before update on storage.objects
  for each row execute function storage.update_updated_at_column();

create or replace trigger update_buckets_updated_at
  before update on storage.buckets
  for each row execute function storage.update_updated_at_column();

-- Helpers that storage policies use, e.g. `(storage.foldername(name))[1] = (select auth.uid()::text)`.
create or replace function storage.foldername(name text) returns text[]
language sql immutable
as $$
  select (string_to_array(name, '/'))[1:array_length(string_to_array(name, '/'), 1) - 1]
$$;

create or replace function storage.filename(name text) returns text
language sql immutable
as $$
  select (string_to_array(name, '/'))[array_length(string_to_array(name, '/'), 1)]
$$;

create or replace function storage.extension(name text) returns text
language sql immutable
as $$
  select reverse(split_part(reverse(storage.filename(name)), '.', 1))
$$;

-- One level of a bucket below `prefix`, as `supabase.storage.from(b).list()` shows it: objects whose name
-- starts (case-insensitively) with prefix || search, folders collapsed into entries with null id and
-- metadata, names relative to the prefix. Security invoker: RLS on storage.objects hides what the caller
-- may not select, and the folders those objects would imply.
create or replace function storage.search(
  prefix text,
  bucketname text,
  limits int default 100,
  offsets int default 0,
  search text default '',
  sortcolumn text default 'name',
  sortorder text default 'asc'
) returns table (
  name text,
  id uuid,
  updated_at timestamptz,
  created_at timestamptz,
  last_accessed_at timestamptz,
  metadata jsonb
)
language sql stable
as $$
  with args as (
    select
      coalesce($1, '') as prefix,
      coalesce($1, '') || coalesce($5, '') as match,
      lower(coalesce($6, 'name')) as sort_column,
      lower(coalesce($7, 'asc')) <> 'desc' as ascending
  ),
  matched as (
    select o.*, strpos(substr(o.name, length(a.match) + 1), '/') as slash
    from storage.objects o, args a
    where o.bucket_id = $2 and lower(left(o.name, length(a.match))) = lower(a.match)
  ),
  folders as (
    select min(substr(m.name, length(a.prefix) + 1, length(a.match) - length(a.prefix) + m.slash - 1)) as name
    from matched m, args a
    where m.slash > 0
    group by lower(substr(m.name, 1, length(a.match) + m.slash))
  ),
  entries as (
    select f.name, null::uuid as id, null::timestamptz as updated_at, null::timestamptz as created_at,
      null::timestamptz as last_accessed_at, null::jsonb as metadata, true as is_folder,
      lower(a.prefix || f.name) || '/' as name_key
    from folders f, args a
    union all
    select substr(m.name, length(a.prefix) + 1), m.id, m.updated_at, m.created_at, m.last_accessed_at,
      m.metadata, false, lower(m.name)
    from matched m, args a
    where m.slash = 0
  ),
  keyed as (
    select e.*,
      a.sort_column = 'name' or a.sort_column not in ('updated_at', 'created_at', 'last_accessed_at') as by_name,
      a.ascending,
      case a.sort_column
        when 'updated_at' then e.updated_at
        when 'created_at' then e.created_at
        when 'last_accessed_at' then e.last_accessed_at
      end as sort_time
    from entries e, args a
  )
  select k.name, k.id, k.updated_at, k.created_at, k.last_accessed_at, k.metadata
  from keyed k
  order by
    -- Name order interleaves folders and files; other orders list folders (by name) before files.
    case when k.by_name and k.ascending then k.name_key collate "C" end asc,
    case when k.by_name and not k.ascending then k.name_key collate "C" end desc,
    k.is_folder desc,
    case when k.is_folder and k.ascending then k.name_key collate "C" end asc,
    case when k.is_folder and not k.ascending then k.name_key collate "C" end desc,
    case when k.ascending then k.sort_time end asc,
    case when not k.ascending then k.sort_time end desc,
    k.name_key collate "C"
  limit coalesce($3, 100) offset coalesce($4, 0)
$$;

grant execute on function
  storage.foldername(text),
  storage.filename(text),
  storage.extension(text),
  storage.search(text, text, int, int, text, text, text)
to anon, authenticated, service_role;
