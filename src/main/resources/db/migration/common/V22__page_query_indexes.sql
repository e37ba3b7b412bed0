-- Indexes for the reads of the pages once the database holds many years (PageQueriesBenchmark: 10^5 historic tasks,
-- tens of thousands of plans, reviews and notifications). Plain SQL for H2 and PostgreSQL alike.

-- The progress board's notices of the cycle's current steps: an agency's notifications since the cycle opened, not
-- every notification the agency ever had (ix_notification_agency is by id).
create index ix_notification_agency_created on notification (agency_code, created_at);

-- The review queue: the plans waiting at one stage (a few) among every plan of every year, soonest due first.
create index ix_plan_stage on plan (stage, stage_due_on);

-- The review queue's latest decisions: the newest reviews first, without sorting every review of every year.
create index ix_review_decided on review (decided_at, id);
