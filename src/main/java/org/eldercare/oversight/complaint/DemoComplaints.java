package org.eldercare.oversight.complaint;

import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.complaint.handling.Category;
import org.eldercare.oversight.complaint.handling.Channel;
import org.eldercare.oversight.complaint.handling.ComplaintIntake;
import org.eldercare.oversight.complaint.handling.ComplaintService;
import org.eldercare.oversight.complaint.handling.Satisfaction;
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
 * Demo complaints (profile demo only) in 楚雄市, entered by demo-county through the services: a hotline complaint about
 * 夕阳红老年公寓 taken through to 已办结 (属实), a 12345 transfer about food referred to 市场监管 and still 已登记, and a
 * public complaint without a phone (tracked by its PIN).
 */
@Component
@Profile("demo")
@Order(50)
class DemoComplaints implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);
    private final AccountAdministration users;
    private final InstitutionRoster roster;
    private final ComplaintIntake intake;
    private final ComplaintService service;
    private final JdbcClient jdbc;

    DemoComplaints(AccountAdministration users, InstitutionRoster roster, ComplaintIntake intake, ComplaintService service,
                   JdbcClient jdbc) {
        this.users = users;
        this.roster = roster;
        this.intake = intake;
        this.service = service;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        PlatformUser county = users.principal("demo-county").orElse(null);
        var site = roster.findByUscc(Uscc.complete("91532301MA0000002").value());
        if (county == null || site.isEmpty() || jdbc.sql("select exists (select 1 from complaint where work_order_no = 'DEMO-12345-0001')")
                .query(Boolean.class).single()) {
            return;
        }
        SystemUser.runAs(county, () -> {
            long upheld = intake.register(new ComplaintIntake.Submission(Channel.HOTLINE, Category.SERVICE, site.get().id(), null, null,
                    "夜间护理员长时间离岗", "家属反映夜间无人巡房，老人跌倒后半小时才被发现。", false, "张女士", "13987651234", null),
                    county.username()).id();
            service.accept(upheld);
            service.start(upheld);
            service.answer(upheld, "经现场核查属实，已责令机构完善夜间巡查制度并增配夜班护理员。", true);
            service.conclude(upheld, "电话回访，家属表示满意。", Satisfaction.SATISFIED);
            intake.register(new ComplaintIntake.Submission(Channel.TRANSFER_12345, Category.FOOD, site.get().id(), null, null,
                    "老年食堂饭菜变质", "12345转办：老人反映午餐有异味。", true, null, "13987655678", "DEMO-12345-0001"), county.username());
            intake.register(new ComplaintIntake.Submission(Channel.ONLINE, Category.PRICE, null, "鹿城镇某社区养老服务站", "532301",
                    "收费未公示", "服务站收费项目没有公示，临时加收费用。", true, null, null, null), null);
        });
        log.info("Demo complaints created");
    }
}
