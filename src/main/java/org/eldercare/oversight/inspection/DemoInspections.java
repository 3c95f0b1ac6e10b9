package org.eldercare.oversight.inspection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.identity.AccountAdministration;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.SystemUser;
import org.eldercare.oversight.inspection.catalogue.Department;
import org.eldercare.oversight.inspection.inspector.Inspector;
import org.eldercare.oversight.inspection.inspector.Inspectors;
import org.eldercare.oversight.inspection.onsite.InspectionRecord;
import org.eldercare.oversight.inspection.onsite.OnSite;
import org.eldercare.oversight.inspection.task.Tasks;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo inspections in 楚雄市 (profile demo only), made through the services as demo-county: three inspectors (one with an
 * expired credential), a 日常检查 announced ahead, a 投诉核查 under way and a signed 日常巡查 with a 不符合 item 待转隐患.
 */
@Component
@Profile("demo")
@Order(50)
class DemoInspections implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);
    private final AccountAdministration users;
    private final InstitutionRoster roster;
    private final Inspectors inspectors;
    private final Tasks tasks;
    private final OnSite onSite;
    private final Clock clock;

    DemoInspections(AccountAdministration users, InstitutionRoster roster, Inspectors inspectors, Tasks tasks, OnSite onSite, Clock clock) {
        this.users = users;
        this.roster = roster;
        this.inspectors = inspectors;
        this.tasks = tasks;
        this.onSite = onSite;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        PlatformUser county = users.principal("demo-county").orElse(null);
        var home = roster.findByUscc(Uscc.complete("52532301MJ0000001").value());
        if (county == null || home.isEmpty() || alreadyLoaded(county)) {
            return;
        }
        SystemUser.runAs(county, () -> load(home.get().id()));
        log.info("Demo inspections created");
    }

    private boolean alreadyLoaded(PlatformUser county) {
        boolean[] found = {false};
        SystemUser.runAs(county, () -> found[0] = inspectors.page(org.eldercare.oversight.common.PageCursor.first(200)).items().stream()
                .anyMatch(i -> i.credentialNo().equals("楚民执-DEMO-001")));
        return found[0];
    }

    private void load(long home) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        long a = inspectors.add(new Inspector.Input("杨明华", Department.CIVIL_AFFAIRS, "532301", null, "楚民执-DEMO-001",
                today.plusYears(3), true)).id();
        long b = inspectors.add(new Inspector.Input("李春燕", Department.CIVIL_AFFAIRS, "532301", "532301103000", "楚民执-DEMO-002",
                today.plusYears(2), true)).id();
        inspectors.add(new Inspector.Input("普建国", Department.FIRE_RESCUE, "532301", null, "楚消执-DEMO-003", today.minusDays(30), true));
        tasks.open(new Tasks.NewTask("ROUTINE", home, null, today.plusDays(10), null, 20, List.of(a, b), "年度服务安全日常检查"));
        long complaint = tasks.open(new Tasks.NewTask("COMPLAINT", home, null, null, null, 10, List.of(a, b), "家属投诉夜间无人巡查")).id();
        onSite.start(complaint);
        onSite.recordResult(complaint, "GB38600-11", "NON_COMPLIANT", "近一周夜间巡查记录缺失");
        onSite.recordResult(complaint, "GB38600-06", "COMPLIANT", null);
        long patrol = tasks.open(new Tasks.NewTask("PATROL", home, null, null, null, 5, List.of(a, b), "乡镇日常巡查")).id();
        List<String> codes = onSite.start(patrol).results().stream().map(InspectionRecord.Result::itemCode).toList();
        for (String code : codes) {
            onSite.recordResult(patrol, code, code.equals("GB38600-13") ? "NON_COMPLIANT" : "COMPLIANT",
                    code.equals("GB38600-13") ? "安全出口标志缺失" : null);
        }
        onSite.submit(patrol);
        String signature = signature();
        onSite.sign(patrol, new OnSite.Signing("赵院长", signature, signature, signature));
        onSite.toHazard(patrol, "GB38600-13");
    }

    /** A drawn line as a signature PNG data URL. */
    private static String signature() {
        BufferedImage image = new BufferedImage(200, 60, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(10, 45, 60, 15);
        g.drawLine(60, 15, 120, 40);
        g.drawLine(120, 40, 190, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
