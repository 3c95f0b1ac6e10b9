package org.eldercare.oversight.identity;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile: when no account exists yet, creates the first system administrator from
 * configuration ({@code eldercare.bootstrap.admin-password}, env ELDERCARE_ADMIN_PASSWORD); it must be changed at first login.
 */
@Component
@Profile("!demo")
@Order(10)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    private final AccountAdministration users;
    private final String username;
    private final String password;

    AccountBootstrap(AccountAdministration users, @Value("${eldercare.bootstrap.admin-username:sysadmin}") String username,
                     @Value("${eldercare.bootstrap.admin-password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyUserExists()) {
            return;
        }
        if (password == null || password.isBlank()) {
            log.warn("No accounts exist and eldercare.bootstrap.admin-password is not set: "
                    + "set ELDERCARE_ADMIN_PASSWORD to create the first system administrator");
            return;
        }
        SystemUser.runAsRoot(() -> users.createWithPassword(new AccountAdministration.NewUser(username, "系统管理员", "000000",
                Set.of(Role.SYSADMIN), null, null, null, null), password, true, "bootstrap"));
        log.info("Created the first system administrator '{}' (password from configuration, to be changed at first login)", username);
    }
}
