package org.eldercare.oversight.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.eldercare.oversight.codes.Uscc;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-only listener, registered in {@code META-INF/spring.factories} so it sees the startup of the shared test context:
 * at every readiness change of a demo context, up to the first ACCEPTING_TRAFFIC, it notes how much of the demo data
 * exists and what health reported just before the change (it runs first, before Boot's availability bean takes it in).
 */
public class StartupReadinessRecorder implements ApplicationListener<ApplicationEvent>, Ordered {

    /** The accounts the demo seeder creates (identity.DemoAccounts). */
    static final List<String> DEMO_ACCOUNTS = List.of("demo-supervisor", "demo-county", "demo-township", "demo-inspector",
            "demo-department", "demo-institution", "sysadmin", "secadmin", "auditadmin");
    /** The institutions the demo registry creates (registry.DemoRegistry), by the first 17 characters of their code. */
    static final List<String> DEMO_INSTITUTIONS = Arrays.stream(new String[] {"52532301MJ0000001", "91532301MA0000002",
            "52532301MJ0000003", "91532301MA0000004", "52532301MJ0000005"}).map(c -> Uscc.complete(c).value()).toList();
    /** By context (identity: every context of the application has the same id, its name). */
    private static final Map<ApplicationContext, List<Step>> STEPS = Collections.synchronizedMap(new WeakHashMap<>());

    /** One readiness change: the new state, the demo data present at that moment, the health statuses just before. */
    record Step(ReadinessState state, long demoAccounts, long demoInstitutions, String healthBefore, String readinessBefore) {
    }

    static List<Step> stepsOf(ApplicationContext context) {
        return List.copyOf(STEPS.getOrDefault(context, List.of()));
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof AvailabilityChangeEvent<?> change && change.getState() instanceof ReadinessState state
                && change.getSource() instanceof ConfigurableApplicationContext context
                && Arrays.asList(context.getEnvironment().getActiveProfiles()).contains("demo")) {
            List<Step> steps = STEPS.computeIfAbsent(context, c -> new ArrayList<>());
            boolean started = steps.stream().anyMatch(s -> s.state() == ReadinessState.ACCEPTING_TRAFFIC);
            if (!started) {
                steps.add(step(context, state));
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** What the database and health say; a failure here is noted, never thrown into the application's start. */
    private static Step step(ConfigurableApplicationContext context, ReadinessState state) {
        try {
            return sample(context, state);
        } catch (RuntimeException e) {
            return new Step(state, -1, -1, "sampling failed: " + e, "sampling failed");
        }
    }

    private static Step sample(ConfigurableApplicationContext context, ReadinessState state) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        HealthEndpoint health = context.getBean(HealthEndpoint.class);
        long accounts = jdbc.sql("select count(*) from user_account where username in (:names)").param("names", DEMO_ACCOUNTS)
                .query(Long.class).single();
        long institutions = jdbc.sql("select count(*) from institution where uscc in (:codes)").param("codes", DEMO_INSTITUTIONS)
                .query(Long.class).single();
        HealthDescriptor readiness = health.healthForPath("readiness");
        return new Step(state, accounts, institutions, health.health().getStatus().getCode(),
                readiness == null ? "no readiness probe" : readiness.getStatus().getCode());
    }
}
