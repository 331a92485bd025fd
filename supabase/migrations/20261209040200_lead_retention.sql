-- Lead retention (LGPD art. 15 and 16): a lead that never gave marketing consent is kept 12 months, then the
-- daily delete-stale-leads job removes it. Leads with consent stay, and so does the proof of a consent later
-- withdrawn (consent_at and consent_text_version are kept beside unsubscribed_at): that record is what shows
-- the consent was lawful. The job's scan: unconsented leads by age.
create index leads_unconsented_created_at_idx on public.leads (created_at) where consent_at is null;
