package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    @DisplayName("A token shows as 有效 until its expiry has passed, then 已过期; 已撤销 wins over both")
    void statusOverTime() {
        Instant expires = NOW.plusSeconds(3600);
        assertThat(TokenStatus.of(null, expires, NOW)).isEqualTo(TokenStatus.VALID);
        assertThat(TokenStatus.of(null, expires, expires)).isEqualTo(TokenStatus.VALID);
        assertThat(TokenStatus.of(null, expires, expires.plusSeconds(1))).isEqualTo(TokenStatus.EXPIRED);
        assertThat(TokenStatus.of(NOW, expires, NOW)).isEqualTo(TokenStatus.REVOKED);
        assertThat(TokenStatus.of(NOW, expires, expires.plusSeconds(1))).isEqualTo(TokenStatus.REVOKED);
        assertThat(TokenStatus.EXPIRED.label()).isEqualTo("已过期");
    }

    @Test
    @DisplayName("A requested token is 待审批 until a business approver approves it; a revoked request shows 已撤销")
    void pendingUntilApproved() {
        Instant expires = NOW.plusSeconds(3600);
        assertThat(TokenStatus.of(null, null, expires, NOW)).isEqualTo(TokenStatus.PENDING);
        assertThat(TokenStatus.of(NOW, null, expires, NOW)).isEqualTo(TokenStatus.REVOKED);
        assertThat(TokenStatus.of(null, NOW, expires, NOW)).isEqualTo(TokenStatus.VALID);
        assertThat(TokenStatus.PENDING.label()).isEqualTo("待审批");
    }
}
