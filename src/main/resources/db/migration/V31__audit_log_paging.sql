-- Issue #9 item 11: the audit log at national scale (hundreds of millions of rows) is paged by id (newest first) and
-- filtered by user, action, outcome and time without scanning it: each filter has an index that yields rows in id order
-- or a small bitmap; a time range is turned into an id range through audit_log_time_idx (AuditSearch).
create index audit_log_username_id_idx on audit_log (lower(username), id);
drop index audit_log_user_idx;
create index audit_log_action_trgm on audit_log using gin (action gin_trgm_ops);
-- most rows succeed: the refused and failed ones are few and looked for
create index audit_log_unsuccessful_idx on audit_log (outcome, id) where outcome <> 'SUCCESS';
