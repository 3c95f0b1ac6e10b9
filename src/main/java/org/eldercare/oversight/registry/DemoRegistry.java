package org.eldercare.oversight.registry;

import org.eldercare.oversight.registry.archive.InstitutionRepository;
import org.eldercare.oversight.registry.archive.InstitutionService;
import org.eldercare.oversight.registry.archive.InstitutionFacts;
import org.eldercare.oversight.registry.filing.FilingPapers;
import org.eldercare.oversight.registry.filing.FilingService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.SystemUser;
import org.eldercare.oversight.identity.AccountAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo institutions in 楚雄市 (profile demo only), created through the services as demo-county so every rule and
 * event applies: one filed, one awaiting the bureau's decision, one draft for demo-institution to complete, one
 * found admitting residents unfiled, one with a 消防审验 paperwork problem and an irregular name.
 */
@Component
@Profile("demo")
@Order(30)
class DemoRegistry implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);
    private static final byte[] PDF = "%PDF-1.4\n% demo material\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
    private final InstitutionService institutions;
    private final InstitutionRepository repository;
    private final FilingService filings;
    private final FilingPapers papers;
    private final AccountAdministration users;
    private final Clock clock;

    DemoRegistry(InstitutionService institutions, InstitutionRepository repository, FilingService filings, FilingPapers papers,
                 AccountAdministration users, Clock clock) {
        this.institutions = institutions;
        this.repository = repository;
        this.filings = filings;
        this.papers = papers;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        PlatformUser county = users.principal("demo-county").orElse(null);
        if (county == null || !repository.findByUsccOrderBySiteNo(Uscc.complete("52532301MJ0000001").value()).isEmpty()) {
            return;
        }
        SystemUser.runAs(county, this::load);
        log.info("Demo institutions created");
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        long filed = create("52532301MJ0000001", "楚雄市鹿城镇福寿养老院", "NON_PROFIT", "NURSING_HOME", "楚雄市鹿城镇永安路18号", "532301101000",
                120, 80, 86, 35, "PASSED", "OPERATING", today.minusDays(30), "2600", true);
        complete(filings.draft(filed, "INITIAL", today.minusDays(30), null), "张福寿", "院长", true);

        long waiting = create("91532301MA0000002", "楚雄市东瓜镇夕阳红老年公寓", "FOR_PROFIT", "NURSING_HOME", "楚雄市东瓜镇兴雄路6号", "532301102000",
                60, 30, 22, 12, "PASSED", "OPERATING", today.minusDays(8), "1500", false);
        long draft = filings.draft(waiting, "INITIAL", today.minusDays(8), null);
        papers.attach(draft, "REGISTRATION_CERTIFICATE", "营业执照.pdf", PDF);
        users.linkInstitution("demo-institution", waiting);

        long canteen = create("52532301MJ0000003", "楚雄市吕合镇幸福食堂", "NON_PROFIT", "MEAL_POINT", "楚雄市吕合镇吕合村委会旁", "532301103000",
                0, 0, 0, 4, "NOT_REQUIRED", "OPERATING", null, null, false);
        institutions.recordUnfiledDiscovery(canteen, today.minusDays(3));

        long paperwork = create("91532301MA0000004", "楚雄市紫溪镇康乐护理院有限公司", "FOR_PROFIT", "MEDICAL_CARE", "楚雄市紫溪镇紫溪路21号", "532301104000",
                90, 70, 48, 26, "PAPERWORK_ONLY", "OPERATING", today.minusDays(12), "3200.5", false);
        complete(filings.draft(paperwork, "INITIAL", today.minusDays(12), null), "李康乐", "负责人", false);

        create("52532301MJ0000005", "东华互助站", "NON_PROFIT", "RURAL_MUTUAL_AID", "楚雄市东华镇东华村", "532301105000",
                10, 0, 6, 2, "UNKNOWN", "OPERATING", null, null, false);
    }

    private long create(String first17, String name, String legalForm, String kind, String address, String town, int beds, int nursing,
                        int residents, int staff, String fire, String status, LocalDate firstAdmission, String area, boolean safetyNet) {
        Uscc uscc = Uscc.complete(first17);
        return institutions.create(uscc.value(), new InstitutionFacts(name, legalForm, kind, address, town, "王法人", "赵负责", "钱联系",
                "13887650000", beds, nursing, residents, staff, area == null ? null : new BigDecimal(area), false, false, fire, true, false,
                safetyNet, true, status, firstAdmission, false, null, null, null, null, null));
    }

    /**
     * The materials of 楚雄's checklist (REG-11, seed 002-3): 福寿 lacks the old building's records and files the structural
     * safety appraisal instead; 康乐 has them.
     */
    private void complete(long filing, String signer, String title, boolean accept) {
        papers.attach(filing, "REGISTRATION_CERTIFICATE", "登记证书.pdf", PDF);
        papers.attach(filing, "SITE_PROOF", "场所租赁合同.pdf", PDF);
        if (accept) {
            papers.attach(filing, "STRUCTURAL_SAFETY_REPORT", "房屋建筑结构安全性鉴定报告.pdf", PDF);
        } else {
            papers.attach(filing, "ORIGINAL_BUILDING_RECORDS", "竣工验收资料.pdf", PDF);
        }
        papers.attach(filing, "RELOCATION_STATEMENT", "近期动迁计划说明.pdf", PDF);
        papers.attach(filing, "USE_CHANGE_STATEMENT", "临时改变建筑使用功能说明.pdf", PDF);
        papers.attach(filing, "ENVIRONMENTAL_APPROVAL", "环评备案回执.pdf", PDF);
        // signed on paper at the institution and entered by the county bureau (代录), with the scan of the original
        papers.enterPaperCommitment(filing, signer, title, "书面信用承诺原件.pdf", PDF);
        filings.submit(filing);
        if (accept) {
            filings.accept(filing);
        }
    }
}
