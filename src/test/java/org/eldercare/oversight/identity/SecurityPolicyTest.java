package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eldercare.oversight.common.PlatformException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The security administrator's policy stays within 等保2.0 level 3 bounds. */
class SecurityPolicyTest {

    private static void refused(SecurityPolicy p, String key) {
        assertThatThrownBy(p::requireWithinBounds).isInstanceOf(PlatformException.class).hasMessage(key);
    }

    @Test
    @DisplayName("A policy at the edges of every bound is accepted")
    void acceptsBounds() {
        assertThatCode(() -> new SecurityPolicy(8, 3, 5, 5).requireWithinBounds()).doesNotThrowAnyException();
        assertThatCode(() -> new SecurityPolicy(64, 10, 1440, 30).requireWithinBounds()).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("Each setting just outside its bound is refused with its own reason")
    void refusesEachOutOfBound() {
        refused(new SecurityPolicy(7, 5, 15, 30), "policy.minLength.range");
        refused(new SecurityPolicy(65, 5, 15, 30), "policy.minLength.range");
        refused(new SecurityPolicy(10, 2, 15, 30), "policy.maxFailed.range");
        refused(new SecurityPolicy(10, 11, 15, 30), "policy.maxFailed.range");
        refused(new SecurityPolicy(10, 5, 4, 30), "policy.lockMinutes.range");
        refused(new SecurityPolicy(10, 5, 1441, 30), "policy.lockMinutes.range");
        refused(new SecurityPolicy(10, 5, 15, 4), "policy.idle.range");
        refused(new SecurityPolicy(10, 5, 15, 31), "policy.idle.range");
    }

    @Test
    @DisplayName("The password history depth lies between 1 and 24; a policy without it keeps the stored depth")
    void historyBounds() {
        assertThatCode(() -> new SecurityPolicy(10, 5, 15, 30, 1).requireWithinBounds()).doesNotThrowAnyException();
        assertThatCode(() -> new SecurityPolicy(10, 5, 15, 30, 24).requireWithinBounds()).doesNotThrowAnyException();
        refused(new SecurityPolicy(10, 5, 15, 30, 0), "policy.history.range");
        refused(new SecurityPolicy(10, 5, 15, 30, 25), "policy.history.range");
        assertThat(new SecurityPolicy(10, 5, 15, 30, null).withHistoryDefault(7).passwordHistory()).isEqualTo(7);
        assertThat(new SecurityPolicy(10, 5, 15, 30).passwordHistory()).isEqualTo(SecurityPolicy.DEFAULT_PASSWORD_HISTORY);
    }
}
