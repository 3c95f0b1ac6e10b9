package org.eldercare.oversight.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile: disables the demo accounts a demo start left in the database while they still take the
 * published password (with a warning naming them); then, when no account exists yet (or only such demo accounts), creates
 * the first system administrator from configuration ({@code eldercare.bootstrap.admin-password}, env
 * ELDERCARE_ADMIN_PASSWORD); it must be changed at first login.
 */
@Component
@Profile("!demo")
@Order(10)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    private final AccountAdministration users;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;
    private final boolean disableDemoAccounts;

    AccountBootstrap(AccountAdministration users, JdbcClient jdbc, PasswordEncoder encoder,
                     @Value("${eldercare.bootstrap.admin-username:sysadmin}") String username,
                     @Value("${eldercare.bootstrap.admin-password:}") String password,
                     @Value("${eldercare.bootstrap.disable-demo-accounts:true}") boolean disableDemoAccounts) {
        this.users = users;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
        this.disableDemoAccounts = disableDemoAccounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (disableDemoAccounts) {
            disablePublishedDemoAccounts();
        }
        if (jdbc.sql("select count(*) from user_account where created_by <> ?").param(DemoAccounts.CREATED_BY)
                .query(Long.class).single() > 0) {
            return;
        }
        if (password == null || password.isBlank()) {
            log.warn("No accounts exist and eldercare.bootstrap.admin-password is not set: "
                    + "set ELDERCARE_ADMIN_PASSWORD to create the first system administrator");
            return;
        }
        if (users.exists(username)) {
            log.warn("Only demo accounts exist and the first system administrator's name '{}' is one of them: set"
                    + " ELDERCARE_BOOTSTRAP_ADMIN_USERNAME to another name (with ELDERCARE_ADMIN_PASSWORD) to create it", username);
            return;
        }
        SystemUser.runAsRoot(() -> users.createWithPassword(new AccountAdministration.NewUser(username, "系统管理员", "000000",
                Set.of(Role.SYSADMIN), null, null, null, null), password, true, "bootstrap"));
        log.info("Created the first system administrator '{}' (password from configuration, to be changed at first login)", username);
    }

    /** Demo accounts that still accept the published demo password would let anyone in: they are disabled. */
    private void disablePublishedDemoAccounts() {
        List<DemoLeftover> leftovers = jdbc.sql("select id, username, password_hash from user_account where created_by = ? and enabled")
                .param(DemoAccounts.CREATED_BY).query(DemoLeftover.class).list();
        List<String> disabled = new ArrayList<>();
        for (DemoLeftover account : leftovers) {
            if (encoder.matches(DemoAccounts.PASSWORD, account.passwordHash())) {
                SystemUser.runAsRoot(() -> users.disable(account.id(), "bootstrap"));
                disabled.add(account.username());
            }
        }
        if (!disabled.isEmpty()) {
            log.warn("This database was used with the demo profile: disabled {} demo account(s) that still accept the published"
                    + " demo password: {}. Start with the demo profile to use them again.", disabled.size(), String.join(", ", disabled));
        }
    }

    record DemoLeftover(long id, String username, String passwordHash) {
    }
}
