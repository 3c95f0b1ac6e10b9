-- Users, roles, departments, security policy, API tokens. Owned by the identity module.
create table department (
    code varchar(32) primary key,
    name varchar(50) not null,
    sort smallint    not null
);
insert into department (code, name, sort) values
 ('CIVIL_AFFAIRS', '民政', 1), ('HOUSING', '住建', 2), ('FIRE_RESCUE', '消防救援', 3),
 ('MARKET_REGULATION', '市场监管', 4), ('HEALTH', '卫健', 5), ('ECOLOGY', '生态环境', 6),
 ('MEDICAL_INSURANCE', '医保', 7), ('PUBLIC_SECURITY', '公安', 8), ('LOCAL_FINANCE', '地方金融', 9),
 ('HUMAN_RESOURCES', '人社', 10), ('FINANCE', '财政', 11), ('AUDIT', '审计', 12),
 ('EMERGENCY', '应急管理', 13), ('NATURAL_RESOURCES', '自然资源', 14),
 ('PUBLIC_INSTITUTION_REG', '事业单位登记', 15), ('DATA_BUREAU', '数据局/政务服务', 16);

create table user_account (
    id                   bigserial primary key,
    username             varchar(64)  not null unique,
    display_name         varchar(64)  not null,
    password_hash        varchar(200) not null,
    region_code          varchar(12)  not null references region (code),
    department_code      varchar(32) references department (code),
    institution_id       bigint,                       -- link to the registry's institution (issue #4)
    phone                varchar(11),
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    failed_attempts      int          not null default 0,
    locked_until         timestamptz,
    password_changed_at  timestamptz,
    last_login_at        timestamptz,
    created_at           timestamptz  not null default now(),
    created_by           varchar(64)  not null,
    version              int          not null default 0
);

create table user_role (
    user_id bigint      not null references user_account (id) on delete cascade,
    role    varchar(32) not null,
    primary key (user_id, role)
);

-- one row: the policy the security admin sets
create table security_policy (
    id                      smallint primary key check (id = 1),
    min_password_length     int not null,
    max_failed_attempts     int not null,
    lock_minutes            int not null,
    idle_timeout_minutes    int not null,
    updated_at              timestamptz not null default now(),
    updated_by              varchar(64) not null
);
insert into security_policy (id, min_password_length, max_failed_attempts, lock_minutes, idle_timeout_minutes, updated_by)
values (1, 10, 5, 15, 30, 'system');

create table api_token (
    id              bigserial primary key,
    name            varchar(100) not null,
    token_prefix    varchar(16)  not null,
    token_hash      varchar(64)  not null unique,   -- SM3 of the full token; the token itself is shown once
    department_code varchar(32) references department (code),
    institution_id  bigint,
    region_code     varchar(12)  not null references region (code),
    expires_at      timestamptz  not null,
    revoked_at      timestamptz,
    revoked_by      varchar(64),
    last_used_at    timestamptz,
    created_at      timestamptz  not null default now(),
    created_by      varchar(64)  not null,
    check (department_code is not null or institution_id is not null)
);
