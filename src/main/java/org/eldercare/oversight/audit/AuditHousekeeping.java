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
 * The audit module's own timers (no global {@code @EnableScheduling}): the aggregated rows of unauthenticated
 * refusals every {@code eldercare.audit.unauthenticated.window}, a checkpoint every
 * {@code eldercare.audit.checkpoint-interval}; both once more at shutdown, before the database goes away.
 */
@Component
class AuditHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(AuditHousekeeping.class);
    private final UnauthenticatedRefusals refusals;
    private final AuditCheckpoints checkpoints;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    AuditHousekeeping(UnauthenticatedRefusals refusals, AuditCheckpoints checkpoints,
                      @Value("${eldercare.audit.unauthenticated.window:PT1M}") Duration window,
                      @Value("${eldercare.audit.checkpoint-interval:PT10M}") Duration interval) {
        this.refusals = refusals;
        this.checkpoints = checkpoints;
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("audit-housekeeping-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::flush, Instant.now().plus(window), window);
        scheduler.scheduleWithFixedDelay(this::checkpoint, Instant.now().plus(interval), interval);
    }

    private void flush() {
        try {
            refusals.flush();
        } catch (RuntimeException e) {
            log.error("Could not write the aggregated rows of unauthenticated refusals", e);
        }
    }

    private void checkpoint() {
        try {
            checkpoints.checkpoint();
        } catch (RuntimeException e) {
            log.error("Could not write the audit checkpoint", e);
        }
    }

    /** The last window's refusals, then a checkpoint of the final head (only when one exists already: it is then quick). */
    @PreDestroy
    void shutdown() {
        scheduler.shutdown();
        flush();
        try {
            if (checkpoints.anchored()) {
                checkpoints.checkpoint();
            }
        } catch (RuntimeException e) {
            log.error("Could not write the audit checkpoint at shutdown", e);
        }
    }
}
