-- REG-9 自建房 and 房屋安全鉴定, HAZ-7 消防安全标准化 (#10 item 2): kept on the archive until service sites exist.
alter table institution
    add column self_built             boolean      not null default false,
    add column appraisal_date         date,
    add column appraisal_grade        varchar(1)   check (appraisal_grade in ('A', 'B', 'C', 'D')),
    add column fire_standard          varchar(20)  not null default 'NOT_STARTED'
        check (fire_standard in ('NOT_STARTED', 'IN_PROGRESS', 'MET', 'BENCHMARK')),
    add column fire_standard_date     date,
    add column fire_standard_evidence varchar(200),
    add constraint institution_appraisal_complete check ((appraisal_date is null) = (appraisal_grade is null)),
    add constraint institution_fire_standard_dated check (fire_standard not in ('MET', 'BENCHMARK') or fire_standard_date is not null);

-- The list filter 房屋安全鉴定C/D级 (flag=buildingHazard) finds the few candidates without reading the archive.
create index institution_building_hazard_idx on institution (region_code) where appraisal_grade in ('C', 'D');
