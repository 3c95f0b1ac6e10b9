package org.eldercare.oversight.identity;

import java.time.Instant;
import org.eldercare.oversight.common.Labelled;

/** Whether an API token still opens the API. */
public enum TokenStatus implements Labelled {
    PENDING("待审批"),
    VALID("有效"),
    EXPIRED("已过期"),
    REVOKED("已撤销");

    private final String label;

    TokenStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A revoked token stays revoked; otherwise it has expired once its expiry instant lies before {@code now}. */
    static TokenStatus of(Instant revokedAt, Instant expiresAt, Instant now) {
        return revokedAt != null ? REVOKED : expiresAt.isBefore(now) ? EXPIRED : VALID;
    }

    /** A token that no business approver has approved yet is pending (it opens nothing), unless it was revoked. */
    static TokenStatus of(Instant revokedAt, Instant approvedAt, Instant expiresAt, Instant now) {
        return revokedAt == null && approvedAt == null ? PENDING : of(revokedAt, expiresAt, now);
    }
}
