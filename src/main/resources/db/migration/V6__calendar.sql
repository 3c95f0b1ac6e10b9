-- Working-day calendar: State Council holiday notices per year, and deadlines other modules track. Owned by calendar.
create table holiday_year (
    year      int primary key check (year between 2000 and 2100),
    source    varchar(20)  not null check (source in ('BUNDLED', 'UPLOADED')),
    papers    text,
    loaded_at timestamptz  not null default now(),
    loaded_by varchar(64)  not null
);

create table holiday_day (
    year    int         not null references holiday_year (year) on delete cascade,
    day     date        not null,
    name    varchar(50) not null,
    off_day boolean     not null,   -- true: statutory rest day; false: 调休 make-up working day
    primary key (year, day)
);
create index holiday_day_day_idx on holiday_day (day);

-- deadlines that other modules track, so they can be recomputed when a year's holidays are announced
create table tracked_deadline (
    id           bigserial primary key,
    source_type  varchar(50)  not null,
    source_id    varchar(100) not null,
    start_date   date         not null,
    working_days int          not null check (working_days between 1 and 1000),
    due_date     date         not null,
    provisional  boolean      not null,
    computed_at  timestamptz  not null default now(),
    unique (source_type, source_id)
);
create index tracked_deadline_provisional_idx on tracked_deadline (provisional) where provisional;
