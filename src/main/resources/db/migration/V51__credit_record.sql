-- Credit record (CRD-1) and explained grade (CRD-2, INS-3): rules and settings as data (regional presets, versioned by
-- valid_from), entries per 统一社会信用代码 (never edited: a correction is a reversing entry), the current grade per code.

create table credit_rule (
    id              bigserial primary key,
    region_code     varchar(12)  not null references region (code),   -- '000000' national preset; a region's row overrides
    kind            varchar(40)  not null,
    valid_from      date         not null,
    points          integer      not null,                            -- per unit (inspection: per failed item)
    valid_months    integer      not null check (valid_months between 1 and 120),
    serious         boolean      not null default false,              -- a serious violation (INS-3 SERIOUS_VIOLATION)
    department_code varchar(32),                                      -- who may enter it by hand; null: fed by events only
    basis           varchar(300) not null,
    unique (region_code, kind, valid_from)
);

insert into credit_rule (region_code, kind, valid_from, points, valid_months, serious, department_code, basis) values
 ('000000', 'COMMITMENT_PUBLISHED',   '2020-01-01',   2, 36, false, null, '备案时作出书面信用承诺并公开（养老机构管理办法第九条）'),
 ('000000', 'INSPECTION_PASSED',      '2020-01-01',   2, 12, false, null, '监督检查全部符合'),
 ('000000', 'INSPECTION_FAILED',      '2020-01-01',  -2, 12, false, null, '监督检查发现不符合项（每项）'),
 ('000000', 'HAZARD_GENERAL',         '2020-01-01',  -2, 12, false, null, '发现一般安全隐患'),
 ('000000', 'HAZARD_MAJOR',           '2020-01-01', -10, 24, true,  null, '发现重大事故隐患'),
 ('000000', 'HAZARD_CLOSED_ON_TIME',  '2020-01-01',   1, 12, false, null, '隐患按期整改并销号'),
 ('000000', 'HAZARD_OVERDUE',         '2020-01-01',  -5, 24, false, null, '隐患逾期未整改'),
 ('000000', 'HAZARD_MAJOR_OVERDUE',   '2020-01-01', -15, 36, true,  null, '重大隐患无故拖延、逾期不改（民发〔2019〕103号 第（四）项情形）'),
 ('000000', 'HAZARD_RECURRED',        '2020-01-01',  -5, 24, false, null, '同类隐患整改后反复出现'),
 ('000000', 'COMPLAINT_UPHELD',       '2020-01-01',  -3, 12, false, null, '投诉经核查属实'),
 ('000000', 'FIRE_FINDING',           '2020-01-01',  -5, 24, false, 'FIRE_RESCUE', '消防监督检查发现问题'),
 ('000000', 'MARKET_PENALTY',         '2020-01-01', -10, 36, true,  'MARKET_REGULATION', '市场监管部门行政处罚'),
 ('000000', 'HEALTH_FINDING',         '2020-01-01',  -3, 12, false, 'HEALTH', '卫生健康部门检查发现问题'),
 ('000000', 'CIVIL_AFFAIRS_PENALTY',  '2020-01-01', -10, 36, true,  'CIVIL_AFFAIRS', '民政部门行政处罚'),
 ('000000', 'COMMENDATION',           '2020-01-01',   5, 36, false, 'CIVIL_AFFAIRS', '受到县级以上表彰奖励');

-- Grade thresholds, inspection frequency per grade and the list procedure's periods, per region (the most specific wins).
create table credit_setting (
    region_code      varchar(12) primary key references region (code),
    base_score       integer not null,
    grade_a_min      integer not null,
    grade_b_min      integer not null,
    grade_c_min      integer not null,
    checks_a         integer not null,      -- routine checks per year by grade (INS-3)
    checks_b         integer not null,
    checks_c         integer not null,
    checks_d         integer not null,
    objection_days   integer not null,      -- 陈述申辩 period in working days (local rule; preset 5)
    removal_years    integer not null,      -- 第十一条: may apply for removal after this many years on the list
    check (grade_a_min > grade_b_min and grade_b_min > grade_c_min)
);

insert into credit_setting values ('000000', 80, 90, 75, 60, 1, 2, 3, 4, 5, 2);

create table credit_entry (
    id              bigserial primary key,
    uscc            varchar(18)  not null,
    institution_id  bigint,                                 -- the service site it arose at (null: the legal entity)
    region_code     varchar(12)  not null references region (code),
    kind            varchar(40)  not null,
    occurred_on     date         not null,
    source_module   varchar(20)  not null,                  -- registry, inspection, hazard, complaint, department, credit
    source_ref      varchar(60)  not null,                  -- the source record's id (or the department's document number)
    rule_id         bigint       references credit_rule (id),
    units           integer      not null default 1,
    points          integer      not null,
    expires_on      date         not null,
    department_code varchar(32),
    note            varchar(500),
    reverses_id     bigint       references credit_entry (id),
    recorded_by     varchar(64)  not null,
    recorded_at     timestamptz  not null default now()
);

-- an event delivered twice records one entry
create unique index credit_entry_source on credit_entry (source_module, source_ref, kind, uscc) where reverses_id is null;
create unique index credit_entry_reversal on credit_entry (reverses_id) where reverses_id is not null;
create index credit_entry_uscc on credit_entry (uscc, id);
create index credit_entry_region on credit_entry (region_code, id);

create table credit_grade (
    uscc         varchar(18) primary key,
    region_code  varchar(12) not null references region (code),
    score        integer     not null,
    grade        varchar(1)  not null,
    graded_on    date        not null,
    updated_at   timestamptz not null default now()
);
create index credit_grade_region on credit_grade (region_code, grade);
