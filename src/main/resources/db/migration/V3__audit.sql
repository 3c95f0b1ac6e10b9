-- Audit chain. Owned by the audit module. Rows are append-only: a trigger refuses UPDATE and DELETE,
-- and each row carries HMAC-SM3(key, previous mac | canonical row) so a change made behind the trigger is detected.
create table audit_log (
    id          bigserial primary key,
    occurred_at timestamptz  not null,
    username    varchar(64),
    roles       varchar(300),
    region_code varchar(12),
    action      varchar(100) not null,
    target_type varchar(50),
    target_id   varchar(100),
    outcome     varchar(20)  not null,
    detail      varchar(500),
    client_ip   varchar(64),
    prev_mac    varchar(64)  not null,
    mac         varchar(64)  not null
);
create index audit_log_time_idx on audit_log (occurred_at);
create index audit_log_user_idx on audit_log (username);

create function audit_log_immutable() returns trigger language plpgsql as $$
begin
    raise exception '审计日志不可修改或删除';
end $$;

create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_immutable();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_immutable();
