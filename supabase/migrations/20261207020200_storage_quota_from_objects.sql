-- The storage quota counts the bytes Storage holds, from the moment it holds them. Until now it counted
-- storage_files rows, which a member records after uploading, and that left two gaps:
--   * bytes uploaded but never recorded (a closed tab, a client that skips the app) counted nothing until the
--     hourly orphan sweep removed them;
--   * a recorded object could be replaced by a bigger one while its row kept the old size. Storage honours a
--     signed upload URL made with `upsert: true` while the key was free by writing the object as its own
--     superuser, RLS bypassed (supabase/storage: uploadSignedObject and the uploader's completeUpload), so the
--     bucket's missing UPDATE policy does not stop the overwrite, and the emulator does the same.
--
-- Now:
--   * Triggers on storage.objects charge an object's size (metadata.size, which Storage writes from the bytes it
--     received, never from the client) to the organization of its first folder when the row is written, and
--     give it back when the row goes. Storage writes the row after storing the bytes and drops them when the
--     write fails, so a refusal here means nothing over the quota is kept; the test write Storage makes as the
--     caller before reading the body (no metadata: size 0) already fails for an organization over its quota.
--     Race-safe as before: private.enforce_limit locks the organization's row.
--   * An object of a counted bucket is never overwritten, whoever writes: a new version under the same name, of
--     a row that already has content, is refused. This is what the bucket's missing UPDATE policy meant, made
--     to hold for Storage's superuser too. (Uploading to a free key with `upsert: true` still works: that is an
--     insert. A move, which Storage also writes as a new version, renames the row and is left to the policies:
--     users have none that allows it, and its bytes follow it from one organization's count to another's.)
--   * storage_files no longer counts (it would count the same bytes twice). Its size is the object's, read when
--     the row is recorded, and stays true because the object cannot change. A row without an object (an import
--     recorded by a job) holds no bytes and counts none.
--
-- Refusals raise SQLSTATE 42501 (insufficient_privilege): Storage answers a 42501 as AccessDenied with the
-- database's message, while any other database error reaches the client as "database error, code: …"
-- (supabase/storage: DBError.fromDBError), and the refusal must say how much is left. The message still starts
-- with tier_limit_exceeded:storage_bytes, which is what the app maps (src/db/map-database-error.ts).
--
-- Counted buckets: client-files, the organization's file store (ticket attachments live there too). Report PDFs
-- have their own bucket and are the agency's, not the client's storage.

create function private.counts_against_storage_quota(bucket text) returns boolean
language sql immutable
set search_path = ''
as $$
  select bucket = 'client-files'
$$;

-- The organization an object's name places it in: its first folder, when that is a uuid.
create function private.object_org_id(name text) returns uuid
language sql immutable
set search_path = ''
as $$
  select case
    when split_part(name, '/', 1) ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
      and position('/' in name) > 0
    then split_part(name, '/', 1)::uuid
  end
$$;

-- An object's size in bytes as Storage recorded it; 0 while it has none (Storage's test write, a placeholder).
create function private.object_size(metadata jsonb) returns bigint
language sql immutable
set search_path = ''
as $$
  select case when jsonb_typeof(metadata -> 'size') = 'number' then greatest((metadata ->> 'size')::numeric, 0)::bigint
    else 0 end
$$;

-- Adds `bytes` to the organization's storage usage, or refuses with how many bytes are left. private.enforce_limit
-- raises check_violation with the detail 'usage <used> + <bytes> > limit <max>'; that refusal is raised again
-- as 42501 (see above) with the room left in the message and the same detail.
create function private.reserve_storage(org uuid, bytes bigint) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  refusal text;
  counted text;
  used bigint;
  max_usage bigint;
begin
  perform private.enforce_limit(org, 'storage_bytes', bytes);
exception when check_violation then
  get stacked diagnostics refusal = message_text, counted = pg_exception_detail;
  if refusal is distinct from 'tier_limit_exceeded:storage_bytes' then
    raise;
  end if;
  used := substring(counted from '^usage ([0-9]+) ')::bigint;
  max_usage := substring(counted from ' limit ([0-9]+)$')::bigint;
  raise exception 'tier_limit_exceeded:storage_bytes (% of % bytes left, % needed)',
    greatest(max_usage - used, 0), max_usage, bytes
    using errcode = 'insufficient_privilege', detail = counted;
end
$$;

-- BEFORE UPDATE: the content stored under a name in a counted bucket is fixed once stored.
create function private.refuse_object_overwrite() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if private.counts_against_storage_quota(old.bucket_id) and old.metadata is not null
    and new.version is distinct from old.version and new.bucket_id = old.bucket_id and new.name = old.name then
    raise exception 'storage_object_immutable: % in % is never overwritten', old.name, old.bucket_id
      using errcode = 'insufficient_privilege';
  end if;
  return new;
end
$$;

-- AFTER INSERT, UPDATE or DELETE: keeps the organization's storage_bytes counter equal to the sizes of its
-- objects in counted buckets. An update charges only growth within one organization, so metadata that shrinks
-- never needs room; a move between organizations or buckets releases in one and reserves in the other. A row of
-- a counted bucket must belong to an existing organization, or its bytes would count for nobody.
create function private.count_object_bytes() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  old_org uuid;
  old_bytes bigint := 0;
  new_org uuid;
  new_bytes bigint := 0;
begin
  if tg_op <> 'INSERT' then
    if private.counts_against_storage_quota(old.bucket_id) then
      old_org := private.object_org_id(old.name);
      old_bytes := private.object_size(old.metadata);
    end if;
  end if;
  if tg_op <> 'DELETE' then
    if private.counts_against_storage_quota(new.bucket_id) then
      new_org := private.object_org_id(new.name);
      if new_org is null or not exists (select 1 from public.organizations o where o.id = new_org) then
        raise exception 'storage_object_outside_organization: % in % is not in an organization''s folder',
          new.name, new.bucket_id
          using errcode = 'insufficient_privilege';
      end if;
      new_bytes := private.object_size(new.metadata);
    end if;
  end if;

  if old_org = new_org then
    if new_bytes > old_bytes then
      perform private.reserve_storage(new_org, new_bytes - old_bytes);
    elsif new_bytes < old_bytes then
      perform private.release_storage(old_org, old_bytes - new_bytes);
    end if;
  else
    if old_org is not null and old_bytes > 0 then
      perform private.release_storage(old_org, old_bytes);
    end if;
    if new_org is not null then
      perform private.reserve_storage(new_org, new_bytes);
    end if;
  end if;
  return null;
end
$$;

-- Helpers and trigger functions only: nobody calls them directly.
revoke execute on function private.counts_against_storage_quota(text), private.object_org_id(text),
  private.object_size(jsonb), private.reserve_storage(uuid, bigint), private.refuse_object_overwrite(),
  private.count_object_bytes() from public;

create trigger refuse_object_overwrite before update on storage.objects
  for each row execute function private.refuse_object_overwrite();
create trigger count_storage_bytes after insert or update or delete on storage.objects
  for each row execute function private.count_object_bytes();

-- The file rows stop counting: their objects do.
drop trigger limit_storage on public.storage_files;
drop trigger release_storage on public.storage_files;
drop function private.release_file_storage();

-- Counters from what is stored now, so that unrecorded objects count and rows without objects do not.
insert into public.usage_counters as c (org_id, metric, period, value)
select o.id, 'storage_bytes', 'total', coalesce(sum(private.object_size(s.metadata)), 0)
from public.organizations o
left join storage.objects s
  on private.counts_against_storage_quota(s.bucket_id) and private.object_org_id(s.name) = o.id
group by o.id
having count(s.id) > 0
  or exists (
    select 1 from public.usage_counters u where u.org_id = o.id and u.metric = 'storage_bytes' and u.period = 'total'
  )
on conflict (org_id, metric, period) do update set value = excluded.value, updated_at = now();
