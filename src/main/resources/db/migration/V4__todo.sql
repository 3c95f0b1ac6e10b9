-- To-do read model: other modules publish items into it; the workbench lists them. Owned by the todo module.
create table todo_item (
    id          bigserial primary key,
    source_type varchar(50)  not null,
    source_id   varchar(100) not null,
    region_code varchar(12)  not null references region (code),
    role        varchar(32)  not null,
    title       varchar(200) not null,
    link        varchar(300),
    due_date    date,
    provisional boolean      not null default false,
    status      varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'DONE')),
    created_at  timestamptz  not null default now(),
    done_at     timestamptz,
    unique (source_type, source_id, role)
);
create index todo_item_open_idx on todo_item (status, region_code);
