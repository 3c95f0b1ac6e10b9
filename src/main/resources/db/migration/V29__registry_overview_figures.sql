-- #9 item 16, owned by the registry module: the supervisors' overview (ADR 0012).
-- Each figure counts the institutions of a region per region they are registered in, then rolls those groups up to the
-- next level through region.path. The covering index lets the count read a region's institutions from the index alone
-- (index-only scan), never from the wide rows; the partial indexes give the filings awaiting a decision and the late
-- filings without reading the filing table.
create index institution_figures_idx on institution (region_code)
    include (id, kind, filing_status, operating_status, beds_total, nursing_beds, first_admission_date);
create index filing_submitted_idx on filing (institution_id) where status = 'SUBMITTED';
create index filing_late_idx on filing (institution_id) where late;

-- EVAL-3 护理型床位占比目标 (percent): a per-region setting like the deadlines, inherited from the nearest region above.
-- Presets from the seed table: 60 for the whole country (楚雄州 ≥60% by 2026年底), 55 for 晋中市 (≥55% by 2025年底).
-- A supervisor's value records who set it and when.
alter table registry_setting add column set_by varchar(64);
alter table registry_setting add column set_at timestamptz;
insert into registry_setting (region_code, key, value) values ('000000', 'nursing.beds.goal.percent', 60)
on conflict do nothing;
insert into registry_setting (region_code, key, value)
select code, 'nursing.beds.goal.percent', 55 from region where code = '140700'
on conflict do nothing;
