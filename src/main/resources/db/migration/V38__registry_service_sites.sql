-- REG-10 服务场所 (ADR 0017): an institution row is one service site of a legal entity; the entity is its 统一社会信用代码,
-- which several sites in one county share (「养老企业经营场所在同一县市范围内的免于办理分支机构登记」, seed 002-10).
-- Every existing row becomes site 1 of its code; its name so far is also the entity's registered name. A row without a
-- legal_name (written by a bulk load) reads as a seat whose registered name is its own name.
alter table institution add column site_no int not null default 1 check (site_no >= 1);
alter table institution add column legal_name varchar(200);
update institution set legal_name = name;
alter table institution drop constraint institution_uscc_key;
create unique index institution_site_uq on institution (uscc, site_no);
