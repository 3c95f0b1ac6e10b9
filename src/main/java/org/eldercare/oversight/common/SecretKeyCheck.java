package org.eldercare.oversight.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the platform refuses to start on a missing key or on one of the development keys published
 * in {@code application-demo.yml} (with them anyone can recompute the audit MACs and decrypt stored ID numbers).
 * Runs before any bean is created, so the refusal comes before the database is touched; the log names the
 * environment variables to set. The zero-setup embedded mode gets generated keys ({@link InstallationKeys}).
 */
@Component
public class SecretKeyCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    /** The development keys of the demo profile: public, so never acceptable outside it. */
    static final Set<String> PUBLISHED_KEYS = Set.of("dev-only-audit-key-change-me-2026", "00112233445566778899aabbccddeeff",
            "dev-only-blind-index-key-2026");
    private static final Logger log = LoggerFactory.getLogger(SecretKeyCheck.class);
    private Environment env;

    @Override
    public void setEnvironment(Environment environment) {
        this.env = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> problems = problems(env);
        if (problems.isEmpty()) {
            return;
        }
        String message = "Refusing to start outside the demo profile without proper secret keys: " + String.join("; ", problems)
                + ". Set the environment variables (see README, 生产部署要点), or use the zero-setup embedded mode, which"
                + " generates per-installation keys into its data directory.";
        log.error(message);
        throw new IllegalStateException(message);
    }

    /** What is wrong with the configured keys, one entry per key naming its environment variable; empty if all is well. */
    static List<String> problems(Environment env) {
        List<String> problems = new ArrayList<>();
        if (env.acceptsProfiles(Profiles.of("demo"))) {
            return problems;
        }
        check(problems, env.getProperty("eldercare.audit.hmac-key"), "ELDERCARE_AUDIT_KEY", "audit HMAC key");
        Map<String, String> sm4 = Binder.get(env).bind("eldercare.crypto.keys", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        if (sm4.isEmpty()) {
            check(problems, null, "ELDERCARE_SM4_KEY_K1", "SM4 key k1");
        }
        sm4.forEach((id, value) -> check(problems, value, "ELDERCARE_SM4_KEY_" + id.toUpperCase(Locale.ROOT), "SM4 key " + id));
        check(problems, env.getProperty("eldercare.crypto.blind-index-key"), "ELDERCARE_BLIND_INDEX_KEY", "blind-index key");
        return problems;
    }

    private static void check(List<String> problems, String value, String variable, String what) {
        if (value == null || value.isBlank()) {
            problems.add(what + " is missing (set " + variable + ")");
        } else if (PUBLISHED_KEYS.contains(value.trim().toLowerCase(Locale.ROOT))) {
            problems.add(what + " is the published development key (set " + variable + " to a secret value)");
        }
    }
}
