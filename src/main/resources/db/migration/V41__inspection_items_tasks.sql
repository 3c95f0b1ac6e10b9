-- Inspection module (INS-1, INS-2, INS-5, INS-6): per-region settings, the check-item catalogue, versioned templates,
-- inspection tasks with their inspectors and transitions. A task names a registry service site (institution id) and
-- keeps the template version it was opened with.
create table inspection_setting (
    region_code varchar(12) not null references region (code),
    key         varchar(50) not null,
    value       int         not null,
    primary key (region_code, key)
);
insert into inspection_setting (region_code, key, value) values
 ('000000', 'verification.deadline.workingDays', 20),   -- REG-3: on-site inspection within 20 working days
 ('000000', 'notice.workingDays', 3);                   -- routine and campaign checks are announced 3 working days ahead

create table check_item (
    id                bigserial primary key,
    region_code       varchar(12)  not null references region (code),
    code              varchar(32)  not null,
    name              varchar(200) not null,
    legal_basis       varchar(200) not null,
    clause            varchar(100),
    method            varchar(300) not null,
    institution_kinds varchar(300) not null default '',
    department_code   varchar(32)  not null,
    created_at        timestamptz  not null,
    created_by        varchar(64)  not null,
    version           int          not null default 0
);
create unique index check_item_code_uq on check_item (region_code, code);

-- A template version is immutable: a change is a new row with the same code and the next version_no.
create table check_template (
    id          bigserial primary key,
    region_code varchar(12)  not null references region (code),
    code        varchar(32)  not null,
    version_no  int          not null,
    name        varchar(100) not null,
    created_at  timestamptz  not null,
    created_by  varchar(64)  not null
);
create unique index check_template_version_uq on check_template (region_code, code, version_no);

create table check_template_item (
    check_template     bigint      not null references check_template (id),
    check_template_key int         not null,
    item_id            bigint      not null references check_item (id),
    primary key (check_template, check_template_key)
);

create table inspection_task (
    id               bigserial primary key,
    kind             varchar(32)  not null,
    institution_id   bigint       not null,
    institution_name varchar(200) not null,
    uscc             varchar(18),
    region_code      varchar(12)  not null references region (code),
    template_id      bigint       not null references check_template (id),
    visit_on         date,
    due_on           date         not null,
    notice_on        date,
    state            varchar(32)  not null,
    source_type      varchar(50),
    source_ref       varchar(100),
    reason           varchar(500),
    cancel_reason    varchar(500),
    created_at       timestamptz  not null,
    created_by       varchar(64)  not null,
    version          int          not null default 0
);
create index inspection_task_region_idx on inspection_task (region_code, state, id desc);
create index inspection_task_due_idx on inspection_task (due_on) where state not in ('COMPLETED', 'CANCELLED');
create index inspection_task_institution_idx on inspection_task (institution_id, id desc);
create index inspection_task_source_idx on inspection_task (source_type, source_ref);

create table inspection_task_inspector (
    inspection_task     bigint not null references inspection_task (id),
    inspection_task_key int    not null,
    inspector_id        bigint not null references inspector (id),
    primary key (inspection_task, inspection_task_key)
);
create index inspection_task_inspector_idx on inspection_task_inspector (inspector_id);

create table inspection_transition (
    inspection_task     bigint      not null references inspection_task (id),
    inspection_task_key int         not null,
    from_state          varchar(32),
    to_state            varchar(32) not null,
    at                  timestamptz not null,
    by_user             varchar(64) not null,
    reason              varchar(500),
    primary key (inspection_task, inspection_task_key)
);
