-- Helper functions used by RLS policies live here, out of the API's reach: the schema is not exposed and
-- anon cannot execute anything in it.
create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to authenticated, service_role;
alter default privileges in schema private revoke execute on functions from public;
