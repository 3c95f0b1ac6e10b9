-- Issue #8, owned by the identity module.
-- session_epoch: raised whenever an account is disabled, its password is reset or changed, or its roles or region
-- change; a session whose principal carries an older epoch is ended on its next request.
alter table user_account add column session_epoch int not null default 0;

-- The hashes of an account's passwords (never the passwords), newest first by id; the policy says how many of the
-- latest ones a new password may not repeat.
create table password_history (
    id            bigserial primary key,
    user_id       bigint       not null references user_account (id) on delete cascade,
    password_hash varchar(200) not null,
    set_at        timestamptz  not null default now()
);
create index password_history_user_idx on password_history (user_id, id);
insert into password_history (user_id, password_hash, set_at)
select id, password_hash, coalesce(password_changed_at, created_at) from user_account;

alter table security_policy add column password_history int not null default 5;
