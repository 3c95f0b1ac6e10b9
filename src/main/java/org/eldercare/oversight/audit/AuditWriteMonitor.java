package org.eldercare.oversight.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Watches audit writes: a failed one is logged at ERROR and counted in {@value #METRIC} (alert on it), and until a
 * write succeeds again the trail is unhealthy, so the request filter refuses state-changing requests (fail closed).
 */
@Component
class AuditWriteMonitor {

    static final String METRIC = "eldercare.audit.write.failures";
    private static final Logger log = LoggerFactory.getLogger(AuditWriteMonitor.class);
    private final Counter failures;
    private final AtomicBoolean healthy = new AtomicBoolean(true);

    AuditWriteMonitor(MeterRegistry registry) {
        this.failures = Counter.builder(METRIC).description("Audit rows that could not be written").register(registry);
    }

    void failed(AuditEntry entry, RuntimeException cause) {
        failures.increment();
        healthy.set(false);
        log.error("Could not write the audit row {} of {} from {}; state-changing requests are refused until an audit write"
                + " succeeds", entry.action(), entry.username(), entry.clientIp(), cause);
    }

    void succeeded() {
        if (!healthy.getAndSet(true)) {
            log.warn("Audit rows are written again; state-changing requests are accepted again");
        }
    }

    boolean healthy() {
        return healthy.get();
    }
}
