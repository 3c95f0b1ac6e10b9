package org.eldercare.oversight.audit;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The audit module's own timer (no global {@code @EnableScheduling}): the aggregated rows of unauthenticated
 * refusals every {@code eldercare.audit.unauthenticated.window}, and once more at shutdown, before the database goes away.
 */
@Component
class AuditHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(AuditHousekeeping.class);
    private final UnauthenticatedRefusals refusals;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    AuditHousekeeping(UnauthenticatedRefusals refusals,
                      @Value("${eldercare.audit.unauthenticated.window:PT1M}") Duration window) {
        this.refusals = refusals;
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("audit-housekeeping-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::flush, Instant.now().plus(window), window);
    }

    private void flush() {
        try {
            refusals.flush();
        } catch (RuntimeException e) {
            log.error("Could not write the aggregated rows of unauthenticated refusals", e);
        }
    }

    /** The last window's refusals. */
    @PreDestroy
    void shutdown() {
        scheduler.shutdown();
        flush();
    }
}
