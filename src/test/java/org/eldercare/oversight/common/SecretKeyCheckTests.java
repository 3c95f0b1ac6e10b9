package org.eldercare.oversight.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eldercare.oversight.EldercareOversightApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** Outside the demo profile the platform does not start on missing or published development keys. */
class SecretKeyCheckTests {

    private static final String AUDIT_KEY = "eldercare.audit.hmac-key";
    private static final String SM4_K1 = "eldercare.crypto.keys.k1";
    private static final String INDEX_KEY = "eldercare.crypto.blind-index-key";

    @Test
    @DisplayName("A production start without keys (no demo profile, no data directory) is refused, naming the environment variables")
    void productionStartWithoutKeysIsRefused() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(EldercareOversightApplication.class)
                .web(WebApplicationType.NONE);
        assertThatThrownBy(() -> app.run("--eldercare.embedded-db.data-dir=", "--spring.main.banner-mode=off").close())
                .hasStackTraceContaining("ELDERCARE_AUDIT_KEY")
                .hasStackTraceContaining("ELDERCARE_SM4_KEY_K1")
                .hasStackTraceContaining("ELDERCARE_BLIND_INDEX_KEY");
    }

    @Test
    @DisplayName("The published development keys are refused outside the demo profile, one problem per key")
    void publishedKeysAreRefused() {
        MockEnvironment env = new MockEnvironment()
                .withProperty(AUDIT_KEY, "dev-only-audit-key-change-me-2026")
                .withProperty(SM4_K1, "00112233445566778899AABBCCDDEEFF")
                .withProperty(INDEX_KEY, "dev-only-blind-index-key-2026");
        assertThat(SecretKeyCheck.problems(env)).hasSize(3)
                .allSatisfy(p -> assertThat(p).contains("published development key"))
                .anySatisfy(p -> assertThat(p).contains("ELDERCARE_SM4_KEY_K1"));
    }

    @Test
    @DisplayName("A missing or blank key and every rotated SM4 key are checked; secret keys pass")
    void missingAndRotatedKeys() {
        MockEnvironment env = new MockEnvironment()
                .withProperty(AUDIT_KEY, "a-secret-audit-key-of-this-site")
                .withProperty(SM4_K1, "8f0e2d4c6b5a49382716a5b4c3d2e1f0")
                .withProperty("eldercare.crypto.keys.k2", " ")
                .withProperty(INDEX_KEY, "");
        assertThat(SecretKeyCheck.problems(env)).containsExactlyInAnyOrder(
                "SM4 key k2 is missing (set ELDERCARE_SM4_KEY_K2)", "blind-index key is missing (set ELDERCARE_BLIND_INDEX_KEY)");
        env.setProperty("eldercare.crypto.keys.k2", "0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        env.setProperty(INDEX_KEY, "a-secret-blind-index-key");
        assertThat(SecretKeyCheck.problems(env)).isEmpty();
    }

    @Test
    @DisplayName("The demo profile keeps the published development keys")
    void demoProfileKeepsThePublishedKeys() {
        MockEnvironment env = new MockEnvironment().withProperty(AUDIT_KEY, "dev-only-audit-key-change-me-2026");
        env.setActiveProfiles("demo");
        assertThat(SecretKeyCheck.problems(env)).isEmpty();
    }
}
