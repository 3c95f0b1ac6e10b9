-- Issue #8 (三员分立 for API tokens), owned by the identity module.
-- The system administrator only requests a token; a 民政监管员 of the token's region or above approves it, and only
-- then is a secret generated (shown once, to the approver). A request has no secret yet, so no hash or prefix.
-- A token opens the API only while approved, and only while its approver's account is enabled.
-- Tokens issued before this change were never approved by the business: they stay closed until a supervisor
-- approves them, which issues a new secret.
alter table api_token alter column token_hash drop not null;
alter table api_token alter column token_prefix drop not null;
alter table api_token add column valid_days int;
alter table api_token add column approved_by_id bigint references user_account (id);
alter table api_token add column approved_by varchar(64);
alter table api_token add column approved_at timestamptz;
create index api_token_approver_idx on api_token (approved_by_id);
