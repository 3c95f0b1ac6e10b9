-- #9 item 2: one filing being worked on (草稿, 已提交 or 退回补正) per institution, enforced by the database, so two
-- drafts started at the same moment cannot both succeed (and give one institution two receipts and two inspections).
create unique index filing_one_open_per_institution on filing (institution_id)
    where status in ('DRAFT', 'SUBMITTED', 'RETURNED');
