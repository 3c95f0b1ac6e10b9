-- #9 item 8: a registration file is imported by a background job (ADR 0013). The upload is checked and stored at once
-- (the file in the database, so a restart or another node resumes it); the job classifies its rows in batches, each
-- committed with the progress counter (rows_done), and opens at most one verification lead per 统一社会信用代码.
alter table registration_import
    add column status           varchar(12) not null default 'DONE'
        check (status in ('QUEUED', 'PROCESSING', 'DONE', 'FAILED')),
    add column accept_good_rows boolean     not null default false,
    add column rows_done        int         not null default 0,
    add column already_open     int         not null default 0,
    add column failure_reason   varchar(500),
    add column started_at       timestamptz,
    add column finished_at      timestamptz;
update registration_import set rows_done = kept_rows, started_at = imported_at, finished_at = imported_at;
alter table registration_import alter column status drop default;

-- the uploaded file until its import is done
create table registration_import_file (
    import_id bigint primary key references registration_import (id),
    content   bytea  not null
);

-- #9 item 8: one open lead per code. Leads opened twice by the same file imported twice are merged into the oldest:
-- the newer ones are closed as MERGED (their to-dos are closed at start-up by crosscheck.MergedLeads).
alter table verification_lead drop constraint verification_lead_status_check;
alter table verification_lead add constraint verification_lead_status_check check (status in ('OPEN', 'VERIFIED', 'MERGED'));
alter table verification_lead add column merged_into bigint references verification_lead (id);
update verification_lead d set status = 'MERGED', merged_into = k.id
from (select uscc, min(id) as id from verification_lead where status = 'OPEN' and uscc is not null
      group by uscc having count(*) > 1) k
where d.uscc = k.uscc and d.status = 'OPEN' and d.id <> k.id;
create unique index verification_lead_one_open_per_code on verification_lead (uscc) where status = 'OPEN';

-- a registration whose code already had an open lead when it was imported points to that lead
alter table registration_row add column open_lead_id bigint references verification_lead (id);

-- #9 item 11: keyset paging and indexed search of the lead list, the import list and an import's rows
-- (pg_trgm lives in public, so the indexes also resolve when a test migrates a schema of its own)
create extension if not exists pg_trgm with schema public;
create index verification_lead_list_idx on verification_lead (status, due_date, id);
create index verification_lead_row_idx on verification_lead (row_id);
create index verification_lead_name_trgm on verification_lead using gin (name public.gin_trgm_ops);
create index verification_lead_uscc_trgm on verification_lead using gin (uscc public.gin_trgm_ops);
create index registration_import_region_idx on registration_import (region_code, id);
create index registration_import_filename_trgm on registration_import using gin (filename public.gin_trgm_ops);
drop index registration_row_import_idx;
create index registration_row_import_idx on registration_row (import_id, id);

-- #9 item 8: the largest file (data rows) an import accepts; a region may set its own
insert into registry_setting (region_code, key, value) values ('000000', 'import.maxRows', 200000);
