package org.eldercare.oversight.audit;

import org.eldercare.oversight.common.SensitiveDataRevealed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every reveal of a protected value becomes an audit row before the value is shown. */
@Component
class SensitiveDataAuditListener {

    private final AuditTrail trail;

    SensitiveDataAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(SensitiveDataRevealed e) {
        trail.record(new AuditEntry(e.username(), e.roles(), e.regionCode(), "REVEAL " + e.field(), e.targetType(),
                e.targetId(), AuditOutcome.SUCCESS, e.reason(), e.clientIp()));
    }
}
