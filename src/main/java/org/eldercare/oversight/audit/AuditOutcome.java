package org.eldercare.oversight.audit;

import org.eldercare.oversight.common.Labelled;

/** How an audited action ended; stored by name in {@code audit_log.outcome}. */
public enum AuditOutcome implements Labelled {
    SUCCESS("成功"),
    FAILURE("失败"),
    DENIED("拒绝");

    private final String label;

    AuditOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The outcome of an HTTP request by its status: below 400 succeeded, 401 and 403 were denied, anything else failed. */
    static AuditOutcome ofHttpStatus(int status) {
        if (status < 400) {
            return SUCCESS;
        }
        return status == 401 || status == 403 ? DENIED : FAILURE;
    }
}
