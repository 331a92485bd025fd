-- A folder cannot be moved (a new folder's id is new, so only a move can close a loop) into itself or below itself (A → B → A would make both unreachable from the root
-- and loop any walk of the tree). The walk runs under a per-organization transaction lock, so two moves that
-- are each fine alone (A into B, B into A) cannot both pass.
create function private.refuse_folder_cycle() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.parent_id is null or new.parent_id is not distinct from old.parent_id then
    return new;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('storage_folders:' || new.org_id::text, 0));
  if exists (
    with recursive ancestors (id, parent_id) as (
      select f.id, f.parent_id from public.storage_folders f where f.id = new.parent_id and f.org_id = new.org_id
      union
      select f.id, f.parent_id from public.storage_folders f join ancestors a on f.id = a.parent_id
      where f.org_id = new.org_id
    )
    select 1 from ancestors where id = new.id
  ) then
    raise exception 'folder_cycle: a folder cannot be moved inside itself' using errcode = 'check_violation';
  end if;
  return new;
end
$$;

revoke execute on function private.refuse_folder_cycle() from public;

create trigger refuse_folder_cycle before update of parent_id on public.storage_folders
  for each row execute function private.refuse_folder_cycle();
