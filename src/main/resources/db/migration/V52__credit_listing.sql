-- The 失信 lists of 民发〔2019〕103号 (CRD-3) as their procedure: proposal → 告知 → 陈述申辩 → review → decision →
-- publication per channel → removal. Every step with who, when and why.

create table credit_listing (
    id               bigserial primary key,
    uscc             varchar(18)  not null,
    subject_name     varchar(200) not null,
    region_code      varchar(12)  not null references region (code),
    list_kind        varchar(20)  not null,          -- JOINT_PUNISHMENT 联合惩戒对象名单, CLOSE_WATCH 重点关注对象名单
    condition_code   varchar(30)  not null,          -- one of the 9 + 1 conditions
    grounds          varchar(1000) not null,
    status           varchar(20)  not null,
    noticed_on       date,
    objection_due    date,
    objection        varchar(2000),
    decided_on       date,
    published_on     date,
    removable_from   date,
    removed_on       date,
    removal_ground   varchar(30),
    created_at       timestamptz  not null,
    created_by       varchar(64)  not null,
    version          integer      not null default 0
);
create index credit_listing_status on credit_listing (status, id);
create index credit_listing_region on credit_listing (region_code, id);
create index credit_listing_uscc on credit_listing (uscc, id);
create unique index credit_listing_one_open on credit_listing (uscc, list_kind)
    where status not in ('WITHDRAWN', 'REMOVED');

create table credit_listing_step (
    listing_id   bigint       not null references credit_listing (id),
    seq          integer      not null,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    at           timestamptz  not null,
    by_user      varchar(64)  not null,
    by_region    varchar(12),
    reason       varchar(2000),
    primary key (listing_id, seq)
);

create table credit_publication (
    listing_id   bigint       not null references credit_listing (id),
    seq          integer      not null,
    channel      varchar(30)  not null,
    published_on date         not null,
    reference    varchar(300),
    by_user      varchar(64)  not null,
    at           timestamptz  not null,
    primary key (listing_id, seq),
    unique (listing_id, channel)
);
