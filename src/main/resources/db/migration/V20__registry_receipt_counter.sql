-- Receipt numbers belong to the filing bureau (issue #9): one counter per bureau (the county-level region, or the
-- region itself for a region without counties) and year, and a prefix that no two bureaus share. Owned by registry.

create table receipt_counter (
    region_code varchar(12) not null references region (code),
    year        int         not null check (year between 2000 and 2100),
    last        int         not null check (last >= 0),
    primary key (region_code, year)
);

-- No number already issued can be issued again: each bureau continues after the highest number on its own receipts,
-- and after the last number of the shared sequence of the prefix configured for it (other bureaus may have drawn
-- from that sequence under the same prefix). The bureau of an institution is its region, or the region's parent for
-- a township.
insert into receipt_counter (region_code, year, last)
select bureau, year, max(last)
from (select case when r.level = 4 then r.parent_code else r.code end       as bureau,
             cast(substring(f.receipt_no from '〔([0-9]{4})〕') as int)    as year,
             cast(substring(f.receipt_no from '〕([0-9]{1,9})号$') as int) as last
      from filing f
               join institution i on i.id = f.institution_id
               join region r on r.code = i.region_code
      where f.receipt_no ~ '〔[0-9]{4}〕[0-9]{1,9}号$'
      union all
      select p.region_code, s.year, s.last
      from receipt_prefix p
               join receipt_sequence s on s.prefix = p.prefix) issued
where bureau is not null and year between 2000 and 2100
group by bureau, year;

drop table receipt_sequence;

-- One prefix, one bureau. Should two bureaus have been configured with the same prefix, the bureau with the lower
-- region code keeps it; the other gets a derived prefix of its own at its next receipt (its counter is above).
delete from receipt_prefix p
where exists (select 1 from receipt_prefix q where q.prefix = p.prefix and q.region_code < p.region_code);

alter table receipt_prefix add constraint receipt_prefix_prefix_key unique (prefix);
alter table receipt_prefix add constraint receipt_prefix_not_blank check (length(trim(prefix)) > 0);
-- SET: preset or set by a supervisor; DERIVED: generated from the bureau's name at its first receipt, then kept
alter table receipt_prefix add column origin varchar(10) not null default 'SET' check (origin in ('SET', 'DERIVED'));
alter table receipt_prefix add column set_by varchar(64);
alter table receipt_prefix add column set_at timestamptz;
