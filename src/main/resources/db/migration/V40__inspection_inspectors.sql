-- The inspector directory (执法检查人员名录, INS-1): people with enforcement credentials, by department, and their
-- declared conflicts (回避). Owned by the inspection module. An inspector's own township (home_township_code) is a
-- conflict for every site there; institution_id names a registry service site.
create table inspector (
    id                     bigserial primary key,
    user_id                bigint,
    name                   varchar(64)  not null,
    department_code        varchar(32)  not null,
    region_code            varchar(12)  not null references region (code),
    home_township_code     varchar(12)  references region (code),
    credential_no          varchar(64)  not null,
    credential_valid_until date,
    active                 boolean      not null default true,
    created_at             timestamptz  not null,
    created_by             varchar(64)  not null,
    updated_at             timestamptz,
    updated_by             varchar(64),
    version                int          not null default 0
);
create unique index inspector_credential_uq on inspector (credential_no);
create index inspector_region_idx on inspector (region_code, department_code) where active;

create table inspector_conflict (
    id             bigserial primary key,
    inspector_id   bigint       not null references inspector (id),
    institution_id bigint       not null,
    reason         varchar(200) not null,
    declared_at    timestamptz  not null,
    declared_by    varchar(64)  not null
);
create unique index inspector_conflict_uq on inspector_conflict (inspector_id, institution_id);
create index inspector_conflict_institution_idx on inspector_conflict (institution_id);
