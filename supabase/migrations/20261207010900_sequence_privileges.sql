-- Supabase's default privileges hand every API role USAGE and UPDATE on each new sequence in public. Nothing
-- the API roles do needs them: the only sequences are identity columns of tables filled by triggers and the
-- service role (audit_log, rate_limit_hits), and setval() on them would let a caller disturb the ids. Taken
-- back from existing sequences and from the ones migrations create later.
revoke all on all sequences in schema public from anon, authenticated;
alter default privileges in schema public revoke all on sequences from anon, authenticated;
