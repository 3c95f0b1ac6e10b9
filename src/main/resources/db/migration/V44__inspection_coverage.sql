-- INS-6/INS-7 coverage, owned by the inspection module: every completed on-site inspection (InspectionCompleted) of a
-- service site (registry institution id), its region and kind (PATROL: a township's 日常巡查; any other kind counts as a
-- county-level comprehensive visit), so coverage per region and year needs no other module's table.
create table inspection_visit (
    task_id        bigint primary key,
    institution_id bigint      not null,
    region_code    varchar(12) not null references region (code),
    kind           varchar(30) not null,
    completed_on   date        not null,
    items_checked  int         not null,
    items_failed   int         not null,
    recorded_at    timestamptz not null
);
create index inspection_visit_institution_idx on inspection_visit (institution_id, completed_on);
create index inspection_visit_region_idx on inspection_visit (region_code, completed_on);
