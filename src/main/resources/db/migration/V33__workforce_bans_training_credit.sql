-- WRK-2 … WRK-5, owned by the workforce module (ADR 0015).

-- WRK-3 行业禁入: national register; the ID number encrypted, blind-indexed (its own column key) and masked; the period is
-- inclusive; an entry expires after end_date and stays; a revoked entry (entered in error) stays with who, when and why.
create table industry_ban (
    id                bigserial primary key,
    person_name       varchar(50)  not null,
    id_number_enc     text         not null,
    id_number_idx     char(64)     not null,
    id_number_masked  varchar(18)  not null,
    source            varchar(20)  not null,
    source_document   varchar(200) not null,
    issuing_authority varchar(100) not null,
    reason            varchar(500),
    start_date        date         not null,
    end_date          date         not null,
    region_code       varchar(12)  not null references region (code),
    revoked_at        timestamptz,
    revoked_by        varchar(64),
    revoke_reason     varchar(300),
    created_at        timestamptz  not null,
    created_by        varchar(64)  not null,
    version           int          not null default 0,
    check (end_date >= start_date)
);
create index industry_ban_person_idx on industry_ban (id_number_idx);
create index industry_ban_region_idx on industry_ban (region_code, id);

-- WRK-2 training (pre-job: skills, fire safety, food safety; upgrade training) and certificates
create table staff_training (
    id            bigserial primary key,
    person_id     bigint        not null references staff_person (id),
    employment_id bigint        references staff_employment (id),
    kind          varchar(20)   not null,
    title         varchar(100)  not null,
    provider      varchar(100),
    hours         numeric(6, 1) not null check (hours > 0),
    completed_on  date          not null,
    recorded_at   timestamptz   not null,
    recorded_by   varchar(64)   not null
);
create index staff_training_person_idx on staff_training (person_id, kind, completed_on);

create table staff_certificate (
    id          bigserial primary key,
    person_id   bigint       not null references staff_person (id),
    kind        varchar(20)  not null,
    level       varchar(10),
    number      varchar(50)  not null,
    issuer      varchar(100) not null,
    issued_on   date         not null,
    valid_until date,
    recorded_at timestamptz  not null,
    recorded_by varchar(64)  not null,
    check (valid_until is null or valid_until >= issued_on)
);
create index staff_certificate_person_idx on staff_certificate (person_id, kind);

-- WRK-4 staff credit: evaluation records, and the consent a person gave a (next) employer to read them
create table staff_evaluation (
    id             bigserial primary key,
    person_id      bigint       not null references staff_person (id),
    kind           varchar(20)  not null,
    summary        varchar(500) not null,
    occurred_on    date         not null,
    institution_id bigint,
    region_code    varchar(12)  not null references region (code),
    recorded_at    timestamptz  not null,
    recorded_by    varchar(64)  not null
);
create index staff_evaluation_person_idx on staff_evaluation (person_id);

create table staff_consent (
    id             bigserial primary key,
    person_id      bigint       not null references staff_person (id),
    institution_id bigint       not null,
    document       varchar(200) not null,
    recorded_at    timestamptz  not null,
    recorded_by    varchar(64)  not null
);
create index staff_consent_person_idx on staff_consent (person_id, institution_id);

-- WRK-2 / WRK-5 regional goals, inherited from the nearest region above that sets one. Presets for the whole country:
-- 养老护理员持证率 90% (楚雄州 002-16), 岗前培训率 100% (001-(四)); the two ratios have no national figure in the seeds and
-- carry local reference values a bureau adjusts (marked as such on the page).
create table workforce_setting (
    region_code varchar(12)   not null references region (code),
    key         varchar(50)   not null,
    value       numeric(8, 2) not null check (value >= 0),
    set_by      varchar(64),
    set_at      timestamptz,
    primary key (region_code, key)
);
insert into workforce_setting (region_code, key, value) values
 ('000000', 'certificate.rate.percent', 90),
 ('000000', 'pretraining.rate.percent', 100),
 ('000000', 'socialWorkers.per100Beds', 1),
 ('000000', 'centreManagers.per100Residents', 5);
