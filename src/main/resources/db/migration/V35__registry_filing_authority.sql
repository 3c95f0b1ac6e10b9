-- REG-3 filing authority (#10 item 5): the bureau a filing goes to, set at each submission from the institution's legal
-- form (营利性: the county of the site; 非营利: the site's bureau at its registrar's level). Its receipt number, its
-- counter and who may decide follow it.
alter table filing add column authority_code varchar(12) references region (code);

-- A decision names the deciding bureau's region and level; note: a decision on behalf of the authority by a bureau above
-- it, or materials missing at submission that do not block the filing (REG-11).
alter table filing_transition add column decider_region_code varchar(12) references region (code);
alter table filing_transition add column decider_level int check (decider_level between 0 and 4);
alter table filing_transition add column note varchar(300);

-- Filings already submitted keep the bureau they were submitted to: the county of the institution's township (the region
-- itself when it is no township), as their receipts were numbered.
update filing f
set authority_code = case when r.level = 4 then r.parent_code else r.code end
from institution i
         join region r on r.code = i.region_code
where i.id = f.institution_id
  and f.status <> 'DRAFT';
