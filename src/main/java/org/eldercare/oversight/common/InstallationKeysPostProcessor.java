package org.eldercare.oversight.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Zero-setup embedded mode (no {@code spring.datasource.url}, a data directory set): loads or creates the
 * per-installation keys ({@link InstallationKeys}) and offers them as fallbacks of the environment variables
 * (ELDERCARE_AUDIT_KEY …) that {@code application.yml} reads, so a variable that is set still wins.
 * Registered in {@code META-INF/spring.factories}.
 */
public class InstallationKeysPostProcessor implements EnvironmentPostProcessor {

    /** Name of the property source holding the key file's values and the database passwords. */
    public static final String SOURCE = "eldercareInstallationKeys";
    static final String SUPERUSER_PASSWORD = "eldercare.embedded-db.superuser-password";
    static final String APP_PASSWORD = "eldercare.embedded-db.app-password";
    private final Log log;

    public InstallationKeysPostProcessor(DeferredLogFactory logs) {
        this.log = logs.getLog(InstallationKeysPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String url = env.getProperty("spring.datasource.url", "");
        String dataDir = env.getProperty("eldercare.embedded-db.data-dir", "");
        if (!url.isBlank() || dataDir.isBlank()) {
            return;
        }
        InstallationKeys keys;
        try {
            keys = InstallationKeys.loadOrCreate(Path.of(dataDir).toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file beside " + dataDir, e);
        }
        Map<String, Object> values = keys.asEnvironmentVariables();
        values.put(SUPERUSER_PASSWORD, keys.superuserPassword());
        values.put(APP_PASSWORD, keys.appPassword());
        env.getPropertySources().addLast(new MapPropertySource(SOURCE, values));
        if (values.size() < InstallationKeys.APPLICATION_KEYS.size() + 2) {
            log.warn("The data directory " + dataDir + " predates per-installation keys: its data were written with the keys"
                    + " configured then, so ELDERCARE_AUDIT_KEY, ELDERCARE_SM4_KEY_K1 and ELDERCARE_BLIND_INDEX_KEY still come from"
                    + " the environment (outside the demo profile they must be set and must not be the published development keys)");
        } else if (keys.created()) {
            log.warn("Generated the per-installation keys of this embedded installation in " + keys.file()
                    + " (owner-only): back it up with the data directory; without it stored ID numbers cannot be decrypted"
                    + " and the audit chain cannot be verified");
        } else {
            log.info("Using the per-installation keys in " + keys.file() + " where ELDERCARE_* variables are not set");
        }
    }
}
