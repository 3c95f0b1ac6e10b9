-- Issue #9 item 11: contains-search on the growing lists without a full scan. pg_trgm (a trusted extension, part of
-- PostgreSQL's contrib: bundled with the embedded server and with the distributions' packages) indexes trigrams, so
-- LIKE '%text%' (common.Like, wildcards literal) and ILIKE use a GIN index. Characters count as word characters only under
-- a UTF-8 ctype (the embedded and CI databases: C.UTF-8); under the plain C ctype Chinese text yields no trigrams and the
-- search falls back to scanning (see docs/architecture.md, "Lists").
create extension if not exists pg_trgm;

-- registry: 养老机构名录 (name, 统一社会信用代码), 无证机构台账 (name, address)
create index institution_name_trgm on institution using gin (name gin_trgm_ops);
create index institution_uscc_trgm on institution using gin (uscc gin_trgm_ops);
create index unlicensed_site_name_trgm on unlicensed_site using gin (name gin_trgm_ops);
create index unlicensed_site_address_trgm on unlicensed_site using gin (address gin_trgm_ops);

-- identity: 用户管理 (account name case-insensitively, display name)
create index user_account_username_trgm on user_account using gin (username gin_trgm_ops);
create index user_account_display_name_trgm on user_account using gin (display_name gin_trgm_ops);
create index user_account_region_idx on user_account (region_code, id);
