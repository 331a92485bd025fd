-- Helper functions used by RLS policies live here, out of the API's reach: the schema is not exposed, and
-- each function revokes EXECUTE from public itself (a per-schema default privilege cannot take back the
-- global default that grants it; the schema lint test holds every function to this).
create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to authenticated, service_role;
