package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Outside the demo profile: no demo data, and the first system administrator comes from configuration
 * with a forced password change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"eldercare.embedded-db.data-dir=",
        // outside the demo profile the keys must be set and must not be the published development keys (SecretKeyCheck)
        "eldercare.audit.hmac-key=production-startup-test-audit-key", "eldercare.crypto.keys.k1=8f0e2d4c6b5a49382716a5b4c3d2e1f0",
        "eldercare.crypto.blind-index-key=production-startup-test-index-key"})
class ProductionStartupTests {

    private static final boolean SHARED_SERVER = System.getenv("SPRING_DATASOURCE_URL") != null;

    /** On CI's shared real server the bootstrap admin would clash with the demo suite's sysadmin: leave it unset there. */
    @DynamicPropertySource
    static void bootstrapPassword(DynamicPropertyRegistry registry) {
        registry.add("eldercare.bootstrap.admin-password", () -> SHARED_SERVER ? "" : "First#Admin2026");
        // nor may it disable the demo suite's accounts there
        registry.add("eldercare.bootstrap.disable-demo-accounts", () -> !SHARED_SERVER);
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("Without the demo profile no demo loader runs")
    void noDemoLoaders() {
        assertThat(context.getBeansOfType(DemoAccounts.class)).isEmpty();
        assertThat(context.containsBean("demoTownships")).isFalse();
        assertThat(context.getBeansOfType(AccountBootstrap.class)).hasSize(1);
    }

    @Test
    @DisplayName("On an empty database the first admin is created from configuration and must change the password")
    void firstAdminFromConfiguration() {
        assumeTrue(!SHARED_SERVER, "needs the fresh embedded database of this context");
        assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select must_change_password from user_account where username = 'sysadmin'")
                .query(Boolean.class).single()).isTrue();
        // the national division list comes with the product, not with the demo data: every township, and no other
        assertThat(jdbc.sql("select count(*) from region where level = 4").query(Long.class).single()).isEqualTo(41_352);
    }
}
