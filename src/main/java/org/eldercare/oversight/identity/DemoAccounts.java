package org.eldercare.oversight.identity;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo accounts (profile {@code demo} only), all with password Demo@2026pass; listed in the README. A demo account a start
 * without the demo profile disabled ({@link AccountBootstrap}) is enabled again.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026pass";
    /** {@code created_by} of the demo accounts: outside the demo profile {@link AccountBootstrap} disables them. */
    static final String CREATED_BY = "demo";
    static final String DEMO_TOWNSHIP = "532301101000";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private final AccountAdministration users;
    private final JdbcClient jdbc;

    DemoAccounts(AccountAdministration users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.runAsRoot(() -> {
            add("demo-supervisor", "张监管（州民政局）", "532300", Set.of(Role.SUPERVISOR), "CIVIL_AFFAIRS");
            add("demo-county", "李监管（楚雄市民政局）", "532301", Set.of(Role.SUPERVISOR), "CIVIL_AFFAIRS");
            add("demo-township", "王专干（鹿城镇）", DEMO_TOWNSHIP, Set.of(Role.TOWNSHIP), "CIVIL_AFFAIRS");
            add("demo-inspector", "赵执法（楚雄市）", "532301", Set.of(Role.INSPECTOR), "CIVIL_AFFAIRS");
            add("demo-department", "陈联络（州消防救援支队）", "532300", Set.of(Role.DEPARTMENT), "FIRE_RESCUE");
            add("demo-institution", "周院长（夕阳红老年公寓）", "532301", Set.of(Role.INSTITUTION), null);
            add("sysadmin", "系统管理员", "000000", Set.of(Role.SYSADMIN), null);
            add("secadmin", "安全管理员", "000000", Set.of(Role.SECADMIN), null);
            add("auditadmin", "审计管理员", "000000", Set.of(Role.AUDITADMIN), null);
        });
    }

    private void add(String username, String name, String region, Set<Role> roles, String department) {
        if (!users.exists(username)) {
            users.createWithPassword(new AccountAdministration.NewUser(username, name, region, roles, department, null, null, null),
                    PASSWORD, false, CREATED_BY);
            log.info("Demo account {} created", username);
            return;
        }
        // a start without the demo profile disabled it (AccountBootstrap): the demo profile brings it back
        jdbc.sql("select id from user_account where username = ? and created_by = ? and not enabled").params(username, CREATED_BY)
                .query(Long.class).optional().ifPresent(id -> {
                    users.enable(id);
                    log.info("Demo account {} enabled again", username);
                });
    }
}
