-- WRK-1 staff registry, owned by the workforce module (ADR 0015). A person is registered once nationally, found by the
-- HMAC-SM3 blind index of the 公民身份号码 (common.FieldCipher); the number itself is stored SM4-GCM encrypted and shown
-- masked. Employments attach a person to a registry institution (its id; no foreign key across modules) and carry the
-- institution's township as region_code, which the data scope filters on.
create table staff_person (
    id               bigserial primary key,
    name             varchar(50)  not null,
    id_number_enc    text         not null,
    id_number_idx    char(64)     not null unique,
    id_number_masked varchar(18)  not null,
    phone            varchar(11),
    in_trade_since   int,
    prior_employers  varchar(500),
    created_at       timestamptz  not null,
    created_by       varchar(64)  not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(64)  not null,
    version          int          not null default 0
);
create index staff_person_name_trgm on staff_person using gin (name gin_trgm_ops);

create table staff_employment (
    id              bigserial primary key,
    person_id       bigint       not null references staff_person (id),
    institution_id  bigint       not null,
    region_code     varchar(12)  not null references region (code),
    role            varchar(20)  not null,
    care_level      varchar(10),
    start_date      date         not null,
    end_date        date,
    status          varchar(10)  not null check (status in ('ACTIVE', 'FLAGGED', 'ENDED')),
    flagged_ban_id  bigint,
    end_reason      varchar(200),
    created_at      timestamptz  not null,
    created_by      varchar(64)  not null,
    version         int          not null default 0,
    check (end_date is null or end_date >= start_date)
);
-- one current employment of a person at an institution (two clerks entering the same hire at once: one wins)
create unique index staff_employment_current_uq on staff_employment (person_id, institution_id) where status <> 'ENDED';
create index staff_employment_region_idx on staff_employment (region_code, id);
create index staff_employment_institution_idx on staff_employment (institution_id, id);
create index staff_employment_person_idx on staff_employment (person_id);

create table staff_employment_transition (
    employment_id bigint       not null references staff_employment (id),
    seq           int          not null,
    from_status   varchar(10),
    to_status     varchar(10)  not null,
    at            timestamptz  not null,
    by_user       varchar(64)  not null,
    reason        varchar(300),
    primary key (employment_id, seq)
);
