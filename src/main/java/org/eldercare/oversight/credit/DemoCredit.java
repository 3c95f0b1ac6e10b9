package org.eldercare.oversight.credit;

import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.credit.listing.ListingService;
import org.eldercare.oversight.credit.record.CreditRecords;
import org.eldercare.oversight.identity.AccountAdministration;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.SystemUser;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo credit in 楚雄市 (profile demo only), through the services as demo-county: 康乐护理院 gets a 消防 finding and a 市场监管
 * penalty (grade C) and a 联合惩戒 procedure notified and waiting for the 陈述申辩 period; 夕阳红 a commendation. (福寿's
 * commitment entry comes from the registry's InstitutionFiled event.)
 */
@Component
@Profile("demo")
@Order(50)
class DemoCredit implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCredit.class);
    private final CreditRecords records;
    private final ListingService listings;
    private final InstitutionRoster roster;
    private final AccountAdministration users;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCredit(CreditRecords records, ListingService listings, InstitutionRoster roster, AccountAdministration users, JdbcClient jdbc,
               Clock clock) {
        this.records = records;
        this.listings = listings;
        this.roster = roster;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        PlatformUser county = users.principal("demo-county").orElse(null);
        String kangle = Uscc.complete("91532301MA0000004").value();
        String xiyang = Uscc.complete("91532301MA0000002").value();
        boolean seeded = jdbc.sql("select exists (select 1 from credit_entry where uscc = ? and source_module = 'department')")
                .param(kangle).query(Boolean.class).single();
        if (county == null || seeded || roster.sitesOf(kangle).isEmpty() || roster.sitesOf(xiyang).isEmpty()) {
            return;
        }
        SystemUser.runAs(county, () -> load(kangle, xiyang));
        log.info("Demo credit entries and a list procedure created");
    }

    private void load(String kangle, String xiyang) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        records.add(new CreditRecords.ManualEntry(kangle, "FIRE_FINDING", today.minusDays(40), "楚消检字〔演示〕12号",
                "疏散通道堵塞，消防设施未保持完好有效", null));
        records.add(new CreditRecords.ManualEntry(kangle, "MARKET_PENALTY", today.minusDays(20), "楚市监处罚〔演示〕7号",
                "以欺骗手段向老年人销售“保健”产品", null));
        records.add(new CreditRecords.ManualEntry(xiyang, "COMMENDATION", today.minusDays(60), "楚民表〔演示〕3号", "年度养老服务先进单位",
                null));
        long id = listings.propose(new ListingService.Proposal(kangle, "JOINT_PUNISHMENT", "FRAUD",
                "市场监管部门行政处罚决定书（楚市监处罚〔演示〕7号）认定以欺骗手段向老年人销售“保健”产品")).id();
        listings.notifySubject(id, today.minusDays(1), "直接送达，负责人签收");
    }
}
