-- Disclosure (信息公开, DIS-1, DIS-2). Owned by the disclosure module. Rows name a registry service site by its id
-- (no foreign key across modules) and carry its region, on which supervisors' data scope filters.

-- DIS-1: what a service site publishes about itself (one row per site): service items, rules, complaint phone, 公示 date
create table disclosure_site_notice (
    institution_id  bigint       primary key,
    region_code     varchar(12)  not null references region (code),
    service_items   varchar(2000),
    house_rules     varchar(2000),
    complaint_phone varchar(20),
    published_on    date         not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(64)  not null,
    version         int          not null default 0
);
create index disclosure_site_notice_region_idx on disclosure_site_notice (region_code);

-- DIS-1: fee items and rates (收费项目、标准、方式), each with its 公示 date
create table disclosure_fee_item (
    id             bigserial primary key,
    institution_id bigint        not null,
    region_code    varchar(12)   not null references region (code),
    item           varchar(100)  not null,
    unit           varchar(30)   not null,
    price          numeric(12, 2) not null check (price >= 0),
    method         varchar(200),
    published_on   date          not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(64)   not null,
    version        int           not null default 0
);
create index disclosure_fee_item_site_idx on disclosure_fee_item (institution_id, id);
create index disclosure_fee_item_region_idx on disclosure_fee_item (region_code, id);

-- DIS-2: the bureau's own publications: policy documents, support measures, service procedures and guides, each with the
-- event it follows (formed or changed), the deadline it had (working days, a setting) and its publication date
create table disclosure_publication (
    id           bigserial primary key,
    region_code  varchar(12)  not null references region (code),
    category     varchar(20)  not null check (category in ('POLICY', 'SUPPORT', 'PROCEDURE')),
    title        varchar(200) not null,
    level        varchar(20)  check (level in ('NATIONAL', 'PROVINCIAL', 'PREFECTURE', 'COUNTY')),
    type_tag     varchar(10),
    summary      varchar(2000),
    link         varchar(500),
    pdf_name     varchar(200),
    pdf          bytea,
    event_date   date         not null,
    due_date     date         not null,
    published_on date         not null,
    created_at   timestamptz  not null,
    created_by   varchar(64)  not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(64)  not null,
    version      int          not null default 0
);
create index disclosure_publication_region_idx on disclosure_publication (region_code, id);

-- per-region periods (working days) with national presets (region_code '000000'): 政府信息公开条例 第二十六条 (20) and the
-- 基层政务公开标准指引's county catalogue (policies, support measures and procedures within 10)
create table disclosure_setting (
    region_code varchar(12) not null references region (code),
    key         varchar(50) not null,
    value       int         not null check (value between 1 and 1000),
    primary key (region_code, key)
);
insert into disclosure_setting (region_code, key, value) values
 ('000000', 'deadline.POLICY', 10), ('000000', 'deadline.SUPPORT', 10), ('000000', 'deadline.PROCEDURE', 10),
 ('000000', 'deadline.FILING_LIST', 20);
