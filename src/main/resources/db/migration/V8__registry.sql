-- Institution registry, filings (备案) with credit commitments, registration cross-check, 黑机构 register.
-- Owned by the registry module.

create table institution (
    id                           bigserial primary key,
    uscc                         varchar(18)  not null unique,
    name                         varchar(200) not null,
    legal_form                   varchar(20)  not null check (legal_form in ('FOR_PROFIT', 'NON_PROFIT', 'PUBLIC', 'MEDICAL')),
    kind                         varchar(30)  not null,
    address                      varchar(300) not null,
    region_code                  varchar(12)  not null references region (code),
    legal_rep_name               varchar(50),
    principal_name               varchar(50),
    contact_name                 varchar(50),
    contact_phone                varchar(11),
    beds_total                   int          not null default 0 check (beds_total >= 0),
    nursing_beds                 int          not null default 0 check (nursing_beds >= 0),
    residents                    int          not null default 0 check (residents >= 0),
    staff                        int          not null default 0 check (staff >= 0),
    floor_area                   numeric(12, 2),
    has_medical_unit             boolean      not null default false,
    medical_insurance_designated boolean      not null default false,
    fire_acceptance              varchar(20)  not null default 'UNKNOWN',
    food_license                 boolean      not null default false,
    public_built_private_run     boolean      not null default false,
    safety_net                   boolean      not null default false,
    party_organisation           boolean      not null default false,
    operating_status             varchar(20)  not null default 'OPERATING',
    first_admission_date         date,
    unfiled_discovered_date      date,
    filing_status                varchar(20)  not null default 'UNFILED',
    created_at                   timestamptz  not null,
    created_by                   varchar(64)  not null,
    updated_at                   timestamptz  not null,
    updated_by                   varchar(64)  not null,
    version                      int          not null default 0,
    check (nursing_beds <= beds_total)
);
create index institution_region_idx on institution (region_code);
create index institution_name_idx on institution (name);

-- every change: who, when, and the fields before/after (JSON)
create table institution_change (
    id             bigserial primary key,
    institution_id bigint       not null references institution (id),
    changed_at     timestamptz  not null,
    changed_by     varchar(64)  not null,
    action         varchar(30)  not null,
    changes        text         not null
);
create index institution_change_inst_idx on institution_change (institution_id);

-- receipt-number prefix per filing authority (county); presets for the seed places, admins may add
create table receipt_prefix (
    region_code varchar(12) primary key references region (code),
    prefix      varchar(20) not null
);
insert into receipt_prefix (region_code, prefix) values
 ('532301', '楚民养备'), ('532302', '禄民养备'), ('532322', '双民养备'), ('532323', '牟民养备'), ('532324', '南民养备'),
 ('532325', '姚民养备'), ('532326', '大民养备'), ('532327', '永民养备'), ('532328', '元民养备'), ('532329', '武民养备'),
 ('500242', '酉民养备');

create table receipt_sequence (
    prefix varchar(20) not null,
    year   int         not null,
    last   int         not null,
    primary key (prefix, year)
);

create table filing (
    id                   bigserial primary key,
    institution_id       bigint       not null references institution (id),
    kind                 varchar(10)  not null check (kind in ('INITIAL', 'CHANGE')),
    status               varchar(12)  not null check (status in ('DRAFT', 'SUBMITTED', 'FILED', 'RETURNED', 'REVOKED')),
    first_admission_date date,
    change_summary       varchar(500),
    submitted_at         timestamptz,
    filed_date           date,
    receipt_no           varchar(40) unique,
    late                 boolean      not null default false,
    late_deadline        date,
    return_reasons       varchar(1000),
    revoke_reason        varchar(500),
    created_at           timestamptz  not null,
    created_by           varchar(64)  not null,
    version              int          not null default 0
);
create index filing_institution_idx on filing (institution_id);

create table filing_transition (
    filing_id   bigint      not null references filing (id),
    seq         int         not null,
    from_status varchar(12),
    to_status   varchar(12) not null,
    at          timestamptz not null,
    by_user     varchar(64) not null,
    reason      varchar(1000),
    primary key (filing_id, seq)
);

create table filing_attachment (
    id            bigserial primary key,
    filing_id     bigint       not null references filing (id),
    material      varchar(40)  not null,
    filename      varchar(200) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sm3           varchar(64)  not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null,
    uploaded_by   varchar(64)  not null
);

create table credit_commitment (
    id             bigserial primary key,
    filing_id      bigint       not null unique references filing (id),
    institution_id bigint       not null references institution (id),
    text           text         not null,
    signer_name    varchar(50)  not null,
    signer_title   varchar(50)  not null,
    signed_at      timestamptz  not null,
    published_at   timestamptz
);

-- REG-4 registration cross-check
create table registration_import (
    id           bigserial primary key,
    filename     varchar(200) not null,
    encoding     varchar(20)  not null,
    region_code  varchar(12)  not null references region (code),
    total_rows   int          not null,
    kept_rows    int          not null,
    skipped_rows int          not null,
    bad_rows     int          not null,
    imported_at  timestamptz  not null,
    imported_by  varchar(64)  not null
);

create table registration_row (
    id             bigserial primary key,
    import_id      bigint       not null references registration_import (id),
    line_no        int          not null,
    uscc           varchar(18)  not null,
    name           varchar(200) not null,
    registrar      varchar(20)  not null,
    scope          varchar(1000) not null,
    address        varchar(300),
    registered_on  date,
    classification varchar(30)  not null,
    institution_id bigint references institution (id)
);
create index registration_row_import_idx on registration_row (import_id);

create table verification_lead (
    id             bigserial primary key,
    import_id      bigint references registration_import (id),
    row_id         bigint references registration_row (id),
    institution_id bigint references institution (id),
    uscc           varchar(18),
    name           varchar(200) not null,
    address        varchar(300),
    region_code    varchar(12)  not null references region (code),
    due_date       date         not null,
    status         varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'VERIFIED')),
    result         varchar(30),
    result_note    varchar(1000),
    verified_at    timestamptz,
    verified_by    varchar(64),
    created_at     timestamptz  not null
);
create index verification_lead_region_idx on verification_lead (region_code, status);

-- REG-5 黑机构 (unregistered but operating) register
create table unlicensed_site (
    id                bigserial primary key,
    name              varchar(200) not null,
    address           varchar(300) not null,
    region_code       varchar(12)  not null references region (code),
    housing_nature    varchar(100),
    residents         int          not null default 0,
    fees              varchar(200),
    staff             int          not null default 0,
    fire_risk         varchar(500),
    food_risk         varchar(500),
    management_risk   varchar(500),
    proposed_disposal varchar(500),
    outcome           varchar(500),
    status            varchar(20)  not null default 'OPEN' check (status in ('OPEN', 'RECTIFYING', 'CLOSED')),
    source            varchar(30)  not null,
    discovered_on     date         not null,
    created_at        timestamptz  not null,
    created_by        varchar(64)  not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(64)  not null
);
create index unlicensed_site_region_idx on unlicensed_site (region_code);

-- per-region rule values with national presets (region_code '000000' = default)
create table registry_setting (
    region_code varchar(12) not null references region (code),
    key         varchar(50) not null,
    value       int         not null,
    primary key (region_code, key)
);
insert into registry_setting (region_code, key, value) values
 ('000000', 'filing.deadline.workingDays', 10),          -- REG-3: file within 10 working days of first admission
 ('000000', 'verification.deadline.workingDays', 20),    -- REG-3: on-site inspection within 20 working days
 ('000000', 'lead.deadline.workingDays', 10);            -- REG-4: township on-site verification of a lead
