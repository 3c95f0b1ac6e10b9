package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A data directory first used with the demo profile, then started without it: the demo accounts that still take the
 * published password are disabled (a demo account whose password was changed stays), and the first administrator
 * from configuration is created because no real account exists yet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"eldercare.embedded-db.data-dir=",
        "eldercare.audit.hmac-key=demo-leftover-test-audit-key", "eldercare.crypto.keys.k1=5e4d3c2b1a0918273645546372819a0b",
        "eldercare.crypto.blind-index-key=demo-leftover-test-index-key", "eldercare.bootstrap.admin-username=first-admin"})
class DemoAccountLeftoverTests {

    private static final boolean SHARED_SERVER = System.getenv("SPRING_DATASOURCE_URL") != null;

    /** On CI's shared server this start would disable the demo suite's own accounts: the check runs on embedded only. */
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("eldercare.bootstrap.disable-demo-accounts", () -> !SHARED_SERVER);
        registry.add("eldercare.bootstrap.admin-password", () -> SHARED_SERVER ? "" : "First#Admin2026");
    }

    /** What an earlier demo start left: runs before {@link AccountBootstrap} (order 10). */
    @TestConfiguration
    static class DemoLeftovers {
        @Bean
        @Order(5)
        ApplicationRunner leftoverDemoAccounts(AccountAdministration users) {
            return args -> SystemUser.runAsRoot(() -> {
                users.createWithPassword(new AccountAdministration.NewUser("left-demo-county", "李监管", "532301",
                        Set.of(Role.SUPERVISOR), "CIVIL_AFFAIRS", null, null, null), DemoAccounts.PASSWORD, false, DemoAccounts.CREATED_BY);
                users.createWithPassword(new AccountAdministration.NewUser("left-demo-changed", "王专干", "532301",
                        Set.of(Role.SUPERVISOR), "CIVIL_AFFAIRS", null, null, null), "Changed#Pass2026", false, DemoAccounts.CREATED_BY);
            });
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("Without the demo profile, demo accounts with the published password are disabled and the first admin is created")
    void demoAccountsWithThePublishedPasswordAreDisabled() {
        assumeTrue(!SHARED_SERVER, "needs the fresh embedded database of this context");
        assertThat(enabled("left-demo-county")).isFalse();
        assertThat(enabled("left-demo-changed")).isTrue();
        assertThat(enabled("first-admin")).isTrue();
        assertThat(jdbc.sql("select must_change_password from user_account where username = 'first-admin'")
                .query(Boolean.class).single()).isTrue();
    }

    private boolean enabled(String username) {
        return jdbc.sql("select enabled from user_account where username = ?").param(username).query(Boolean.class).single();
    }
}
