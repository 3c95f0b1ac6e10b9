-- On-site records (INS-5): one record per visit of a task, its item results, photos (SHA-256, EXIF time, upload
-- time, duplicate flag) and on-screen signatures. A signed record is locked; a correction is a new record that names
-- the one it corrects. Also the seeded national check items and templates (root region 000000).
create table inspection_record (
    id                 bigserial primary key,
    task_id            bigint      not null references inspection_task (id),
    corrects_record_id bigint references inspection_record (id),
    template_id        bigint      not null references check_template (id),
    representative     varchar(64),
    signed_at          timestamptz,
    signed_by          varchar(64),
    created_at         timestamptz not null,
    created_by         varchar(64) not null,
    version            int         not null default 0
);
create index inspection_record_task_idx on inspection_record (task_id, id desc);

create table inspection_result (
    inspection_record     bigint       not null references inspection_record (id),
    inspection_record_key int          not null,
    item_id               bigint       not null references check_item (id),
    item_code             varchar(32)  not null,
    item_name             varchar(200) not null,
    department_code       varchar(32)  not null,
    outcome               varchar(32),
    note                  varchar(1000),
    hazard_requested_at   timestamptz,
    hazard_requested_by   varchar(64),
    primary key (inspection_record, inspection_record_key)
);
create index inspection_result_hazard_idx on inspection_result (hazard_requested_at) where hazard_requested_at is not null;

create table inspection_photo (
    id           bigserial primary key,
    record_id    bigint       not null references inspection_record (id),
    item_code    varchar(32)  not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    content      bytea        not null,
    sha256       char(64)     not null,
    exif_taken   varchar(19),
    uploaded_at  timestamptz  not null,
    uploaded_by  varchar(64)  not null,
    duplicate    boolean      not null
);
create index inspection_photo_sha_idx on inspection_photo (sha256);
create index inspection_photo_record_idx on inspection_photo (record_id);

create table inspection_signature (
    record_id   bigint      not null references inspection_record (id),
    signer_role varchar(32) not null,
    signer_name varchar(64) not null,
    png         bytea       not null,
    signed_at   timestamptz not null,
    primary key (record_id, signer_role)
);

insert into check_item (region_code, code, name, legal_basis, clause, method, institution_kinds, department_code, created_at, created_by)
values
 ('000000', 'GB38600-01', '防噎食：评估噎食风险，进食照护与应急处置', 'GB 38600-2019 养老机构服务安全基本规范', '服务防护·防噎食', '查阅风险评估和照护记录，现场观察进餐', '', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'GB38600-02', '防食品药品误食：食品药品分类存放、标识清楚', 'GB 38600-2019 养老机构服务安全基本规范', '服务防护·防食品药品误食', '现场查看存放、查阅服药记录', '', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'GB38600-03', '防压疮：高风险老年人定时翻身与皮肤观察', 'GB 38600-2019 养老机构服务安全基本规范', '服务防护·防压疮', '查阅照护记录，抽查卧床老年人', '', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'GB38600-04', '防烫伤：热水、取暖设备和餐饮温度控制', 'GB 38600-2019 养老机构服务安全基本规范', '服务防护·防烫伤', '现场查看设施，询问护理员', '', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'GB38600-05', '防坠床：床档等防护措施', 'GB 38600-2019 养老机构服务安全基本规范', '服务防护·防坠床', '现场查看居室', '', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'GB38600-06', '防跌倒：地面防滑、扶手、照明与警示', 'GB 38600-2019 养老机构服务安全基本规范', '服务防护·防跌倒', '现场查看通道、卫生间', '', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'GB38600-07', '防走失：出入管理与走失应急预案', 'GB 38600-2019 养老机构服务安全基本规范', '服务防护·防走失', '查阅出入登记和预案', '', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'GB38600-08', '防他伤和自伤：风险识别与危险物品管理', 'GB 38600-2019 养老机构服务安全基本规范', '服务防护·防他伤和自伤', '查阅评估记录，现场查看危险物品管理', '', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'GB38600-09', '防文娱活动意外：活动前评估与现场看护', 'GB 38600-2019 养老机构服务安全基本规范', '服务防护·防文娱活动意外', '查阅活动记录', '', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'GB38600-10', '入住前开展安全风险评估', 'GB 38600-2019 养老机构服务安全基本规范', '安全风险评估', '抽查入住老年人评估记录', '', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'GB38600-11', '昼夜巡查与交接班记录', 'GB 38600-2019 养老机构服务安全基本规范', '管理要求·巡查与交接班', '查阅巡查和交接班记录', '', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'GB38600-12', '护理员经培训上岗', 'GB 38600-2019 养老机构服务安全基本规范', '基本要求·人员培训', '抽查培训记录和证书', '', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'GB38600-13', '安全标志设置（GB 2893、GB 2894）', 'GB 38600-2019 养老机构服务安全基本规范', '基本要求·安全标志', '现场查看标志', '', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'FILING-01', '床位数与备案一致', '养老机构管理办法（民政部令第66号）', '备案后现场检查', '现场清点床位，对照备案信息', '', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'FILING-02', '护理型床位数与备案一致', '养老机构管理办法（民政部令第66号）', '备案后现场检查', '现场查看护理型床位设置', 'NURSING_HOME,RURAL_CENTER,MEDICAL_CARE,EMBEDDED', 'CIVIL_AFFAIRS', now(), 'system'),
 ('000000', 'FILING-03', '消防：消防审验手续与现场消防设施', '中华人民共和国消防法', '备案后现场检查', '查阅消防手续，现场查看消防设施', '', 'FIRE_RESCUE', now(), 'system'),
 ('000000', 'FILING-04', '食品经营许可证在场公示（提供餐饮服务的）', '中华人民共和国食品安全法', '备案后现场检查', '现场查看许可证', '', 'MARKET_REGULATION', now(), 'system');

insert into check_template (region_code, code, version_no, name, created_at, created_by) values
 ('000000', 'SERVICE_SAFETY', 1, '养老机构服务安全检查（GB 38600）', now(), 'system'),
 ('000000', 'FILING_VERIFICATION', 1, '备案后现场核查', now(), 'system');

insert into check_template_item (check_template, check_template_key, item_id)
select t.id, row_number() over (order by i.code) - 1, i.id
from check_template t join check_item i on i.region_code = '000000' and i.code like 'GB38600-%'
where t.code = 'SERVICE_SAFETY' and t.region_code = '000000';
insert into check_template_item (check_template, check_template_key, item_id)
select t.id, row_number() over (order by i.code) - 1, i.id
from check_template t join check_item i on i.region_code = '000000' and i.code like 'FILING-%'
where t.code = 'FILING_VERIFICATION' and t.region_code = '000000';

-- 转为隐患: each finding handed to the hazard module gets a number of its own (FindingToHazard.findingId).
create sequence inspection_finding_seq;
alter table inspection_result add column finding_id bigint;
