-- REG-11 filing-material checklists per region (#10 item 3). A region's checklist is the one set on the nearest region at
-- or above it; the root region holds the national default, which stays.
create table filing_checklist (
    region_code varchar(12) primary key references region (code),
    set_by      varchar(64),
    set_at      timestamptz
);

create table filing_checklist_rule (
    region_code        varchar(12) not null references filing_checklist (region_code) on delete cascade,
    position           int         not null,
    material           varchar(40) not null,
    requirement        varchar(20) not null check (requirement in ('REQUIRED', 'OPTIONAL', 'NOT_BLOCKING')),
    substitute         varchar(40),
    exemption          varchar(30) check (exemption in ('SMALL_CONVERSION')),
    exemption_max_area int check (exemption_max_area between 1 and 100000),
    primary key (region_code, material),
    check (substitute is null or substitute <> material),
    check ((exemption is null) = (exemption_max_area is null))
);

-- What building the service site uses, as the filing declares it (002-3 exemptions)
alter table filing add column premises varchar(20) check (premises in ('DETACHED', 'FLOORS', 'OTHER'));

-- National default: the checklist the platform applied so far (养老机构管理办法 第九条).
insert into filing_checklist (region_code) values ('000000');
insert into filing_checklist_rule (region_code, position, material, requirement) values
 ('000000', 1, 'REGISTRATION_CERTIFICATE', 'REQUIRED'),
 ('000000', 2, 'SITE_PROOF', 'REQUIRED'),
 ('000000', 3, 'FIRE_SAFETY', 'OPTIONAL'),
 ('000000', 4, 'STAFFING', 'OPTIONAL'),
 ('000000', 5, 'SERVICE_RULES', 'OPTIONAL'),
 ('000000', 6, 'COMMITMENT_ORIGINAL', 'OPTIONAL'),
 ('000000', 7, 'OTHER', 'OPTIONAL');

-- 楚雄州 (seed 002-3, 楚政办通〔2024〕38号): 「凡利用建筑面积1000平方米以下的独栋建筑或内部楼层改造为养老服务设施的，…可不出具
-- 近期动迁计划说明、临时改变建筑使用功能说明、环评审批文件或备案回执。对无法完整获得旧房历史资料的项目，可利用房屋建筑结构安全性
-- 鉴定报告代替原始资料。」
insert into filing_checklist (region_code) select code from region where code = '532300';
insert into filing_checklist_rule (region_code, position, material, requirement, substitute, exemption, exemption_max_area)
select '532300', p.position, p.material, p.requirement, p.substitute, p.exemption, p.max_area
from (values (1, 'REGISTRATION_CERTIFICATE', 'REQUIRED', null, null, null),
             (2, 'SITE_PROOF', 'REQUIRED', null, null, null),
             (3, 'ORIGINAL_BUILDING_RECORDS', 'REQUIRED', 'STRUCTURAL_SAFETY_REPORT', null, null),
             (4, 'STRUCTURAL_SAFETY_REPORT', 'OPTIONAL', null, null, null),
             (5, 'RELOCATION_STATEMENT', 'REQUIRED', null, 'SMALL_CONVERSION', 1000),
             (6, 'USE_CHANGE_STATEMENT', 'REQUIRED', null, 'SMALL_CONVERSION', 1000),
             (7, 'ENVIRONMENTAL_APPROVAL', 'REQUIRED', null, 'SMALL_CONVERSION', 1000),
             (8, 'FIRE_SAFETY', 'OPTIONAL', null, null, null),
             (9, 'STAFFING', 'OPTIONAL', null, null, null),
             (10, 'SERVICE_RULES', 'OPTIONAL', null, null, null),
             (11, 'COMMITMENT_ORIGINAL', 'OPTIONAL', null, null, null),
             (12, 'OTHER', 'OPTIONAL', null, null, null))
         as p(position, material, requirement, substitute, exemption, max_area)
where exists (select 1 from filing_checklist where region_code = '532300');

-- 酉阳县 (seed 004-(二)): 「以会议纪要形式确定该类养老机构不因不动产登记证影响其备案」: the property certificate is asked for,
-- its absence is recorded and does not block the filing.
insert into filing_checklist (region_code) select code from region where code = '500242';
insert into filing_checklist_rule (region_code, position, material, requirement)
select '500242', p.position, p.material, p.requirement
from (values (1, 'REGISTRATION_CERTIFICATE', 'REQUIRED'),
             (2, 'SITE_PROOF', 'REQUIRED'),
             (3, 'PROPERTY_CERTIFICATE', 'NOT_BLOCKING'),
             (4, 'FIRE_SAFETY', 'OPTIONAL'),
             (5, 'STAFFING', 'OPTIONAL'),
             (6, 'SERVICE_RULES', 'OPTIONAL'),
             (7, 'COMMITMENT_ORIGINAL', 'OPTIONAL'),
             (8, 'OTHER', 'OPTIONAL'))
         as p(position, material, requirement)
where exists (select 1 from filing_checklist where region_code = '500242');
