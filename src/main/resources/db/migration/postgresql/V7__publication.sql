-- A cycle the planning office has published: its approved plans and report are on the public page (/public/{year})
-- without sign-in, from published_at on; withdrawn, both are null again.
alter table cycle add column published_at timestamp with time zone;
alter table cycle add column published_by varchar(64);
alter table cycle_aud add column published_at timestamp with time zone;
alter table cycle_aud add column published_by varchar(64);
