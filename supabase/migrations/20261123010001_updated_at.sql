-- Every mutable table keeps `updated_at` honest in the database, so no writer (app, job, seed, SQL console)
-- can forget it. Attach with:
--   create trigger set_updated_at before update on public.<t> for each row execute function private.set_updated_at();
create function private.set_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;
revoke execute on function private.set_updated_at() from public;
