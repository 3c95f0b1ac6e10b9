-- 双随机、一公开 (INS-1 … INS-4, ADR 0021), owned by the inspection module. A plan names its scope region, items, ratio
-- (basis points) or count, time window, departments (joint when more than one) and the INS-3 weights; its draw stores the
-- seed, the algorithm version, the pool hash and the gzip-compressed canonical pool snapshot, and the result: the selected
-- service sites (registry institution ids; name and region as drawn) and the inspectors assigned to each.
create table spot_check_plan (
    id                        bigserial primary key,
    title                     varchar(100) not null,
    region_code               varchar(12)  not null references region (code),
    items                     text         not null,
    ratio_bp                  int check (ratio_bp between 1 and 10000),
    draw_count                int check (draw_count between 1 and 100000),
    window_start              date         not null,
    window_end                date         not null,
    departments               varchar(400) not null,
    inspectors_per_department int          not null default 2 check (inspectors_per_department between 1 and 10),
    weight_complaint          int          not null default 2 check (weight_complaint between 1 and 10),
    weight_major_hazard       int          not null default 3 check (weight_major_hazard between 1 and 10),
    weight_dishonest          int          not null default 3 check (weight_dishonest between 1 and 10),
    weight_serious_violation  int          not null default 3 check (weight_serious_violation between 1 and 10),
    weight_combination        varchar(10)  not null default 'MAX',
    state                     varchar(20)  not null default 'DRAFT',
    created_at                timestamptz  not null,
    created_by                varchar(64)  not null,
    drawn_at                  timestamptz,
    drawn_by                  varchar(64),
    version                   int          not null default 0,
    check ((ratio_bp is null) <> (draw_count is null)),
    check (window_end >= window_start)
);
create index spot_check_plan_region_idx on spot_check_plan (region_code, id);
create index spot_check_plan_drawn_idx on spot_check_plan (drawn_at, id) where state = 'DRAWN';

create table spot_check_draw (
    id              bigserial primary key,
    plan_id         bigint      not null unique references spot_check_plan (id),
    seed            varchar(64) not null,
    algorithm       varchar(40) not null,
    pool_hash       char(64)    not null,
    result_hash     char(64)    not null,
    object_count    int         not null,
    inspector_count int         not null,
    snapshot        bytea       not null,
    drawn_at        timestamptz not null,
    drawn_by        varchar(64) not null
);

create table spot_check_selection (
    id                bigserial primary key,
    draw_id           bigint       not null references spot_check_draw (id),
    plan_id           bigint       not null references spot_check_plan (id),
    institution_id    bigint       not null,
    site_name         varchar(200) not null,
    region_code       varchar(12)  not null references region (code),
    inspectors_short  boolean      not null default false,
    task_id           bigint,
    completed_on      date,
    items_checked     int,
    items_failed      int,
    result_recorded_at timestamptz,
    unique (plan_id, institution_id)
);
create index spot_check_selection_task_idx on spot_check_selection (task_id) where task_id is not null;
create index spot_check_selection_institution_idx on spot_check_selection (institution_id, id);

create table spot_check_assignment (
    id              bigserial primary key,
    draw_id         bigint      not null references spot_check_draw (id),
    selection_id    bigint      not null references spot_check_selection (id),
    institution_id  bigint      not null,
    inspector_id    bigint      not null references inspector (id),
    department_code varchar(32) not null
);
create index spot_check_assignment_draw_idx on spot_check_assignment (draw_id);
create index spot_check_assignment_inspector_idx on spot_check_assignment (inspector_id, institution_id);
