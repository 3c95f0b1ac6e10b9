package org.eldercare.oversight.disclosure.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.disclosure.bureau.Publications;
import org.eldercare.oversight.identity.AccountAdministration;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.SystemUser;
import org.eldercare.oversight.registry.PublicDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo disclosure (profile demo only): the filed demo home 福寿养老院 publishes its fee items, service items and complaint
 * phone; the 楚雄市 bureau (demo-county) publishes a policy document, a support measure and the 备案办理指南.
 */
@Component
@Profile("demo")
@Order(60)
class DemoDisclosure implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDisclosure.class);
    private final PublicDirectory directory;
    private final Publications publications;
    private final AccountAdministration users;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoDisclosure(PublicDirectory directory, Publications publications, AccountAdministration users, JdbcClient jdbc, Clock clock) {
        this.directory = directory;
        this.publications = publications;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        PlatformUser county = users.principal("demo-county").orElse(null);
        if (county == null || jdbc.sql("select count(*) from disclosure_publication where created_by = 'demo-county'")
                .query(Long.class).single() > 0) {
            return;
        }
        SystemUser.runAs(county, this::load);
        LOG.info("Demo disclosure created");
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        directory.search(new PublicDirectory.Query("532301", "福寿养老院", null, null, null, false), PageCursor.first(1)).items()
                .stream().findFirst().ifPresent(site -> fees(site, today));
        publications.publish(new Publications.Input("532301", "POLICY", "楚雄市养老服务综合监管实施方案", "COUNTY", "1.2",
                "明确民政、市场监管、卫生健康、消防等部门的监管职责和联合检查机制。", "https://www.cxs.gov.cn/",
                today.minusDays(20), today.minusDays(12)), null);
        publications.publish(new Publications.Input("532301", "SUPPORT", "养老机构运营补贴申领办法", null, null,
                "已备案并正常运营满6个月的养老机构，按实际入住老年人数申领运营补贴。", null, today.minusDays(40), today.minusDays(20)),
                null);
        publications.publish(new Publications.Input("532301", "PROCEDURE", "养老机构备案办理指南", null, null,
                "办理地点：楚雄市民政局；所需材料：营业执照或登记证书、服务场所证明、消防安全材料、书面信用承诺；办理时限：当场办结。",
                null, today.minusDays(5), today.minusDays(1)), null);
    }

    private void fees(PublicDirectory.Listing site, LocalDate today) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into disclosure_site_notice (institution_id, region_code, service_items, house_rules, complaint_phone,
                    published_on, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, 'demo') on conflict do nothing""")
                .params(site.id(), site.regionCode(), "生活照料、膳食服务、清洁卫生、洗涤服务、医疗护理、文化娱乐、心理精神支持",
                        "入住须知、探视制度、安全管理制度、消防安全制度、膳食管理制度", "0878-3125678", today, now).update();
        String[][] fees = {{"床位费（双人间）", "月", "900.00", "按月预收，不超过3个月"}, {"护理费（全护理）", "月", "1800.00", "按月结算"},
            {"伙食费", "月", "750.00", "按月结算，多退少补"}};
        for (String[] f : fees) {
            jdbc.sql("""
                    insert into disclosure_fee_item (institution_id, region_code, item, unit, price, method, published_on, updated_at,
                        updated_by) values (?, ?, ?, ?, ?::numeric, ?, ?, ?, 'demo')""")
                    .params(site.id(), site.regionCode(), f[0], f[1], f[2], f[3], today, now).update();
        }
    }
}
