-- Why the planning office opened a cycle while the one before it was not yet approved (null when it was): the drafts
-- then start from each agency's last approved plan, never from the plan still in progress.
alter table cycle add column opening_reason varchar(5000);
alter table cycle_aud add column opening_reason varchar(5000);
