package org.eldercare.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditOutcomeTest {

    @Test
    @DisplayName("A request is audited as 成功 below 400, 拒绝 for 401 and 403, 失败 for any other error")
    void outcomeByHttpStatus() {
        assertThat(AuditOutcome.ofHttpStatus(200)).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(AuditOutcome.ofHttpStatus(302)).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(AuditOutcome.ofHttpStatus(401)).isEqualTo(AuditOutcome.DENIED);
        assertThat(AuditOutcome.ofHttpStatus(403)).isEqualTo(AuditOutcome.DENIED);
        assertThat(AuditOutcome.ofHttpStatus(400)).isEqualTo(AuditOutcome.FAILURE);
        assertThat(AuditOutcome.ofHttpStatus(404)).isEqualTo(AuditOutcome.FAILURE);
        assertThat(AuditOutcome.ofHttpStatus(500)).isEqualTo(AuditOutcome.FAILURE);
        assertThat(AuditOutcome.DENIED.label()).isEqualTo("拒绝");
    }
}
