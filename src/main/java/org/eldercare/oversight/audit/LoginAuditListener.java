package org.eldercare.oversight.audit;

import org.eldercare.oversight.identity.LoginAttempted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every login attempt becomes an audit row, synchronously, whatever happens to the request afterwards. */
@Component
class LoginAuditListener {

    private final AuditTrail trail;

    LoginAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(LoginAttempted e) {
        trail.record(new AuditEntry(e.username(), e.roles(), e.regionCode(), "LOGIN " + e.method(), "session", null,
                e.success() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, e.reason(), e.clientIp()));
    }
}
