-- Consolidation has a due date of its own, between the performance report and the approval; a cycle opened before
-- keeps consolidating by its approval date.
insert into cycle_deadline (cycle_id, stage, due_on)
select cycle_id, 'CONSOLIDATION', due_on from cycle_deadline where stage = 'APPROVAL';

-- The agencies an approver's return sends back to revise (all of them when the whole cycle is returned).
create table approval_agency (
    approval_id  bigint      not null references approval (id),
    agency_code  varchar(64) not null,
    primary key (approval_id, agency_code)
);
create table approval_agency_aud (
    rev          bigint      not null references audit_revision (id),
    revtype      tinyint     not null,
    approval_id  bigint      not null,
    agency_code  varchar(64) not null,
    primary key (rev, approval_id, agency_code)
);
create trigger tr_approval_agency_aud_append_only before update, delete on approval_agency_aud call 'io.plancycle.audit.AppendOnlyTrigger';

-- The day the evaluation team last returned the plan: its next round of review is due a number of working days later.
alter table plan add column returned_on date;
alter table plan_aud add column returned_on date;

-- A due date moved for one agency only (its own round), not the calendar's.
alter table deadline_change add column agency_code varchar(64);
alter table deadline_change_aud add column agency_code varchar(64);
