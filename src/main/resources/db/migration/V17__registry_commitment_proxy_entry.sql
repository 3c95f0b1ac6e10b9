-- REG-2 / issue #8 item 3: only the institution's own account signs its 书面信用承诺; a supervisor may enter a paper
-- original as 代录, with the scan of the original kept as a filing attachment.
alter table credit_commitment add column proxy_entry boolean not null default false;
alter table credit_commitment add column entered_by varchar(64);
alter table credit_commitment add column original_scan_id bigint references filing_attachment (id);
alter table credit_commitment add constraint credit_commitment_proxy_has_scan
    check (not proxy_entry or original_scan_id is not null);
