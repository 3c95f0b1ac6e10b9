-- Issue #8, owned by the identity module: usernames that differ only in case are one username.
-- Existing data is checked first: if two accounts already differ only in case, the migration stops and names them,
-- so an administrator can rename one before the upgrade.
do $$
declare
    clashes text;
begin
    select string_agg(names, '; ') into clashes from (
        select string_agg(username, ', ' order by username) as names
        from user_account group by lower(username) having count(*) > 1) c;
    if clashes is not null then
        raise exception 'Usernames that differ only in case must be renamed before this upgrade: %', clashes;
    end if;
end $$;
create unique index user_account_username_lower_uq on user_account (lower(username));
