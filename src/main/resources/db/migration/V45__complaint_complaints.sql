-- Complaints (投诉, CMP-1; issue #13). Owned by the complaint module. A complaint names a service site (a registry
-- institution row, optional: institution_id, with its name as written at intake) or an address and a region
-- (place_region_code); region_code is the county bureau that handles it. Contact data is stored encrypted
-- (common.FieldCipher) with a masked copy; tracking_key is a keyed hash (HMAC-SM3) of the tracking code and the phone's
-- last four digits (or of the code and a query PIN for a complaint without a phone).
create table complaint (
    id                   bigserial primary key,
    tracking_code        varchar(16)  not null,
    tracking_key         varchar(128) not null,
    channel              varchar(20)  not null,
    category             varchar(20)  not null,
    department_code      varchar(40),
    institution_id       bigint,
    institution_name     varchar(200),
    address              varchar(300),
    place_region_code    varchar(12)  not null references region (code),
    region_code          varchar(12)  not null references region (code),
    summary              varchar(100) not null,
    content              text         not null,
    anonymous            boolean      not null,
    name_enc             text,
    name_masked          varchar(64),
    phone_enc            text,
    phone_masked         varchar(20),
    work_order_no        varchar(40),
    state                varchar(20)  not null,
    registered_at        timestamptz  not null,
    registered_on        date         not null,
    registered_by        varchar(64),
    feedback_due         date         not null,
    feedback_on          date,
    referred_on          date,
    objection_due        date,
    objected_on          date,
    objection_reason     varchar(500),
    accepted_on          date,
    handling_due         date,
    extended_days        int,
    extension_reason     varchar(500),
    rejection_reason     varchar(500),
    answered_on          date,
    answer               text,
    upheld               boolean,
    concluded_on         date,
    visit_note           varchar(500),
    satisfaction         varchar(20),
    review_level         int          not null default 0,
    review_requested_on  date,
    review_due           date,
    review_answered_on   date,
    review_answer        text,
    inspection_task_id   bigint,
    version              int          not null default 0
);
create unique index complaint_tracking_code_uq on complaint (tracking_code);
create unique index complaint_work_order_uq on complaint (work_order_no) where work_order_no is not null;
create index complaint_region_idx on complaint (region_code, id);
create index complaint_institution_idx on complaint (institution_id, registered_on) where institution_id is not null;
create index complaint_state_idx on complaint (state, id);
create index complaint_registered_idx on complaint (registered_on);
create index complaint_feedback_open_idx on complaint (feedback_due) where feedback_on is null;

create table complaint_transition (
    complaint_id bigint       not null references complaint (id),
    seq          int          not null,
    from_state   varchar(20),
    to_state     varchar(20)  not null,
    at           timestamptz  not null,
    by_user      varchar(64)  not null,
    note         varchar(500),
    primary key (complaint_id, seq)
);

-- attachments, type-checked by content (jpg, png, pdf) and bounded in size
create table complaint_attachment (
    id           bigserial primary key,
    complaint_id bigint       not null references complaint (id),
    file_name    varchar(200) not null,
    media_type   varchar(40)  not null,
    size         int          not null,
    sha256       varchar(64)  not null,
    content      bytea        not null,
    added_at     timestamptz  not null
);
create index complaint_attachment_idx on complaint_attachment (complaint_id);

-- per-region periods with national presets on the root region (the nearest region at or above applies)
create table complaint_setting (
    region_code varchar(12) not null references region (code),
    key         varchar(50) not null,
    value       int         not null,
    set_by      varchar(64),
    set_at      timestamptz,
    primary key (region_code, key)
);
insert into complaint_setting (region_code, key, value) values
 ('000000', 'feedback.workingDays', 5),    -- seeds 000/001: 建立5个工作日反馈处理制度
 ('000000', 'objection.workingDays', 5),   -- 信访工作条例 第二十三条: a body objects within 5 working days
 ('000000', 'handling.days', 60),          -- 第三十四条: finished within 60 days of acceptance
 ('000000', 'extension.maxDays', 30),      -- 第三十四条: extendable by at most 30 days, with reasons
 ('000000', 'review.requestDays', 30),     -- 第三十五条/第三十六条: review and re-review requested within 30 days
 ('000000', 'review.answerDays', 30);      -- … and answered within 30 days

-- the responsibility matrix: a category whose matter belongs to another department (null: the civil-affairs bureau itself)
create table complaint_route (
    region_code     varchar(12) not null references region (code),
    category        varchar(20) not null,
    department_code varchar(40),
    primary key (region_code, category)
);
insert into complaint_route (region_code, category, department_code) values
 ('000000', 'FIRE', 'FIRE_RESCUE'),
 ('000000', 'FOOD', 'MARKET_REGULATION'),
 ('000000', 'MEDICAL', 'HEALTH'),
 ('000000', 'PRICE', 'MARKET_REGULATION'),
 ('000000', 'BUILDING', 'HOUSING'),
 ('000000', 'SERVICE', null),
 ('000000', 'ABUSE', null),
 ('000000', 'FUNDS', null),
 ('000000', 'OTHER', null);
