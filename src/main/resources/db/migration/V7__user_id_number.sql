-- 实名: an account's 公民身份号码, SM4-GCM encrypted (key id inside the value), HMAC-SM3 blind index for exact
-- search, and the masked form (first 6 + last 4) for display. Owned by the identity module.
alter table user_account add column id_number_enc text;
alter table user_account add column id_number_idx varchar(64);
alter table user_account add column id_number_masked varchar(18);
create index user_account_id_number_idx on user_account (id_number_idx);
