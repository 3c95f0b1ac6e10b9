package org.eldercare.oversight.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The zero-setup embedded mode's per-installation keys: generated once, owner-only, reused, overridable. */
class InstallationKeysTests {

    @TempDir
    Path root;

    @Test
    @DisplayName("First start generates every key into an owner-only keys.properties beside the data directory; later starts reuse it")
    void generatedOnceOwnerOnlyAndReused() throws Exception {
        Path dataDir = root.resolve("data/pg");
        InstallationKeys first = InstallationKeys.loadOrCreate(dataDir);
        assertThat(first.created()).isTrue();
        assertThat(first.file()).isEqualTo(root.resolve("data/keys.properties"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file()))).isEqualTo("rw-------");
        assertThat(first.asEnvironmentVariables()).containsOnlyKeys("ELDERCARE_AUDIT_KEY", "ELDERCARE_SM4_KEY_K1",
                "ELDERCARE_BLIND_INDEX_KEY");
        assertThat((String) first.asEnvironmentVariables().get("ELDERCARE_SM4_KEY_K1")).matches("[0-9a-f]{32}");
        assertThat(first.superuserPassword()).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(first.appPassword());

        InstallationKeys again = InstallationKeys.loadOrCreate(dataDir);
        assertThat(again.created()).isFalse();
        assertThat(again.asEnvironmentVariables()).isEqualTo(first.asEnvironmentVariables());
        assertThat(again.superuserPassword()).isEqualTo(first.superuserPassword());
        assertThat(InstallationKeys.loadOrCreate(root.resolve("other/pg")).asEnvironmentVariables())
                .isNotEqualTo(first.asEnvironmentVariables());
    }

    @Test
    @DisplayName("A cluster created by an earlier version gets database passwords only: its data were written with the configured keys")
    void earlierClusterKeepsTheConfiguredKeys() throws Exception {
        Path dataDir = root.resolve("data/pg");
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("PG_VERSION"), "17\n");
        InstallationKeys keys = InstallationKeys.loadOrCreate(dataDir);
        assertThat(keys.asEnvironmentVariables()).isEmpty();
        assertThat(keys.superuserPassword()).isNotBlank();
        assertThat(keys.appPassword()).isNotBlank();
    }

    @Test
    @DisplayName("The generated keys stand in for unset ELDERCARE_* variables; a set variable wins")
    void keyFileIsTheFallbackOfTheEnvironment() throws Exception {
        Path dataDir = root.resolve("data/pg");
        StandardEnvironment env = new StandardEnvironment();
        // the machine's own variables (CI sets SPRING_DATASOURCE_URL for its server pass) must not decide this test
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        env.getPropertySources().addLast(new MapPropertySource("application.yml", Map.of(
                "eldercare.embedded-db.data-dir", dataDir.toString(),
                "eldercare.audit.hmac-key", "${ELDERCARE_AUDIT_KEY:}",
                "eldercare.crypto.blind-index-key", "${ELDERCARE_BLIND_INDEX_KEY:}")));
        new InstallationKeysPostProcessor(new DeferredLogs()).postProcessEnvironment(env, null);
        Map<String, Object> generated = InstallationKeys.loadOrCreate(dataDir).asEnvironmentVariables();
        assertThat(env.getProperty("eldercare.audit.hmac-key")).isEqualTo(generated.get("ELDERCARE_AUDIT_KEY"));
        assertThat(env.getProperty(InstallationKeysPostProcessor.APP_PASSWORD)).isNotBlank();

        env.getPropertySources().addFirst(new MapPropertySource("systemEnvironment-like", Map.of(
                "ELDERCARE_AUDIT_KEY", "set-by-the-operator-0123456789")));
        assertThat(env.getProperty("eldercare.audit.hmac-key")).isEqualTo("set-by-the-operator-0123456789");
        assertThat(env.getProperty("eldercare.crypto.blind-index-key")).isEqualTo(generated.get("ELDERCARE_BLIND_INDEX_KEY"));
    }
}
