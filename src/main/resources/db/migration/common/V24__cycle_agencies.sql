-- The agencies taking part in each cycle, in the city's order, as the planning office opened it. The cycle's process
-- starts their submissions in batches (cycle/AgencySubmissions): a batch's drafts are written as it starts, so the
-- agencies taking part are kept here from the opening on, not read from the plans. Plain SQL for H2 and PostgreSQL.
create table cycle_agency (
    cycle_id     bigint not null references cycle (id),
    agency_id    bigint not null references agency (id),
    agency_order int    not null,
    primary key (cycle_id, agency_id),
    unique (cycle_id, agency_order)
);

-- The cycles opened before: the agencies of their plans, in the city's order.
insert into cycle_agency (cycle_id, agency_id, agency_order)
select p.cycle_id, p.agency_id, row_number() over (partition by p.cycle_id order by a.sort_order, a.id) - 1
from plan p join agency a on a.id = p.agency_id
where p.cycle_id is not null;

-- As each agency's submission ends it asks whether any plan of the cycle is not done: answered from the index.
create index ix_plan_cycle_stage on plan (cycle_id, stage);
