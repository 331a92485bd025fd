-- The funnel's write doors for anonymous visitors. They live in their own schema because PostgREST exposes only
-- `public` (config.toml, [api] schemas): a function here is reachable from the app server's database
-- connection, never from the Data API, so a stranger holding the anon key cannot call it with forged hashes
-- or limits. anon gets USAGE on the schema and EXECUTE on each door function, nothing else.
create schema if not exists funnel;
revoke all on schema funnel from public;
grant usage on schema funnel to anon;
