-- REG-12, REG-13 (#10 item 4): a service site's end by 撤并 (merged into another site) or 转型 (becoming a 日间照料中心 or
-- 农村互助养老服务站), with the successor site; and the 5-year land/building transition period (seed 002-15) whose end is
-- announced a regional-setting number of days before (preset 180).
alter table institution add column life_event varchar(20) check (life_event in ('MERGED', 'TRANSFORMED'));
alter table institution add column life_event_date date;
alter table institution add column life_event_reason varchar(300);
alter table institution add column successor_id bigint references institution (id);
alter table institution add column transition_starts_on date;
alter table institution add column transition_ends_on date;
alter table institution add column transition_warned_at timestamptz;
create index institution_successor_idx on institution (successor_id) where successor_id is not null;
create index institution_transition_due_idx on institution (transition_ends_on)
    where transition_ends_on is not null and transition_warned_at is null and life_event is null;
insert into registry_setting (region_code, key, value) values ('000000', 'transition.warning.days', 180);
