package org.eldercare.oversight.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Readiness follows the startup seeders (issue #8). The web server already listens when the context has been refreshed
 * (after the Flyway migrations), while the {@code ApplicationRunner}s still load data: holiday years,
 * demo accounts, demo registry. This component states {@link ReadinessState#REFUSING_TRAFFIC} as soon as the context has
 * started, before the first runner; Spring Boot 4.1 publishes {@link ReadinessState#ACCEPTING_TRAFFIC} only after every
 * runner and every {@code ApplicationReadyEvent} listener has returned. With the health probes on,
 * {@code /actuator/health/readiness} and {@code /actuator/health} (which includes the readiness state) answer 503
 * OUT_OF_SERVICE until then, so a client that waits for them can log in with the demo accounts.
 * <p>
 * A new seeder therefore runs as an {@code ApplicationRunner} or a synchronous {@code ApplicationReadyEvent} listener,
 * never in the background.
 */
@Component
class StartupReadiness {

    private static final Logger log = LoggerFactory.getLogger(StartupReadiness.class);

    @EventListener
    void seedersAboutToRun(ApplicationStartedEvent event) {
        AvailabilityChangeEvent.publish(event.getApplicationContext(), ReadinessState.REFUSING_TRAFFIC);
    }

    @EventListener
    void readinessChanged(AvailabilityChangeEvent<ReadinessState> event) {
        log.info(event.getState() == ReadinessState.ACCEPTING_TRAFFIC
                ? "Ready: migrations and startup data loaded, accepting traffic"
                : "Not ready: loading startup data, refusing traffic");
    }
}
