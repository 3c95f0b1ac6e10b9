-- Open days (开放日) and the records of opinions taken (CMP-2; issue #13 item 4). Owned by the complaint module.
-- institution_id names a registry service site, region_code its region (copied, for the supervisors' data scope).
create table complaint_open_day (
    id               bigserial primary key,
    institution_id   bigint       not null,
    institution_name varchar(200) not null,
    region_code      varchar(12)  not null references region (code),
    held_on          date         not null,
    title            varchar(200) not null,
    participants     varchar(500),
    visitors         int          check (visitors is null or visitors >= 0),
    created_at       timestamptz  not null,
    created_by       varchar(64)  not null
);
create index complaint_open_day_region_idx on complaint_open_day (region_code, id);
create index complaint_open_day_site_idx on complaint_open_day (institution_id, held_on);

create table complaint_opinion (
    id               bigserial primary key,
    institution_id   bigint       not null,
    institution_name varchar(200) not null,
    region_code      varchar(12)  not null references region (code),
    open_day_id      bigint       references complaint_open_day (id),
    received_on      date         not null,
    source           varchar(20)  not null,
    content          varchar(2000) not null,
    response         varchar(2000),
    created_at       timestamptz  not null,
    created_by       varchar(64)  not null
);
create index complaint_opinion_region_idx on complaint_opinion (region_code, id);
create index complaint_opinion_site_idx on complaint_opinion (institution_id, received_on);
