package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.eldercare.oversight.common.PlatformException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An account's lockout, disabling and password transitions, on the entity alone. */
class UserAccountTest {

    private static final SecurityPolicy POLICY = new SecurityPolicy(10, 5, 15, 30);
    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    private static UserAccount account() {
        return UserAccount.create("zhangsan", "张三", "{noop}Old#Pass2026", "532301", Set.of(Role.SUPERVISOR), "test", false, NOW);
    }

    @Test
    @DisplayName("The policy's number of consecutive wrong passwords locks the account for its lock minutes, not one fewer")
    void locksAtTheLimit() {
        UserAccount u = account();
        for (int i = 0; i < 4; i++) {
            u.recordFailedLogin(POLICY, NOW);
        }
        assertThat(u.isLocked(NOW)).isFalse();
        u.recordFailedLogin(POLICY, NOW);
        assertThat(u.isLocked(NOW)).isTrue();
        assertThat(u.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    @DisplayName("A lock runs out after the lock minutes, and the next failure starts a fresh count")
    void lockRunsOut() {
        UserAccount u = account();
        for (int i = 0; i < 5; i++) {
            u.recordFailedLogin(POLICY, NOW);
        }
        Instant later = NOW.plus(Duration.ofMinutes(15));
        assertThat(u.isLocked(later.minusSeconds(1))).isTrue();
        assertThat(u.isLocked(later)).isFalse();
        u.recordFailedLogin(POLICY, later);
        assertThat(u.failedAttempts()).isEqualTo(1);
        assertThat(u.isLocked(later)).isFalse();
    }

    @Test
    @DisplayName("The security administrator's unlock clears the failures and the lock, and leaves the password as it is")
    void unlockClearsFailures() {
        UserAccount u = account();
        for (int i = 0; i < 5; i++) {
            u.recordFailedLogin(POLICY, NOW);
        }
        u.unlock();
        assertThat(u.failedAttempts()).isZero();
        assertThat(u.isLocked(NOW)).isFalse();
        assertThat(u.passwordHash()).isEqualTo("{noop}Old#Pass2026");
    }

    @Test
    @DisplayName("Disabling, a password reset or change, and a change of roles or region end the sessions; a new name does not")
    void sessionEndingChangesRaiseTheEpoch() {
        UserAccount u = account();
        int epoch = u.sessionEpoch();
        u.updateProfile("张三丰", "532301", null, null, null);
        u.assignRoles(EnumSet.of(Role.SUPERVISOR));
        assertThat(u.sessionEpoch()).isEqualTo(epoch);
        u.assignRoles(EnumSet.of(Role.SUPERVISOR, Role.INSPECTOR));
        assertThat(u.sessionEpoch()).isEqualTo(++epoch);
        u.updateProfile("张三丰", "532300", null, null, null);
        assertThat(u.sessionEpoch()).isEqualTo(++epoch);
        u.changePassword("{noop}New#Pass2026", NOW);
        assertThat(u.sessionEpoch()).isEqualTo(++epoch);
        u.resetPassword("{noop}Temp#Pass2026", NOW);
        assertThat(u.sessionEpoch()).isEqualTo(++epoch);
        u.disable();
        assertThat(u.sessionEpoch()).isEqualTo(++epoch);
        assertThat(u.principal().sessionEpoch()).isEqualTo(epoch);
    }

    @Test
    @DisplayName("Disabling twice is refused; enabling again also unlocks the account")
    void disableAndEnable() {
        UserAccount u = account();
        for (int i = 0; i < 5; i++) {
            u.recordFailedLogin(POLICY, NOW);
        }
        u.disable();
        assertThat(u.enabled()).isFalse();
        assertThatThrownBy(u::disable).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo("user.alreadyDisabled"));
        u.enable();
        assertThat(u.enabled()).isTrue();
        assertThat(u.isLocked(NOW)).isFalse();
        assertThatThrownBy(u::enable).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo("user.alreadyEnabled"));
    }

    @Test
    @DisplayName("An administrator's reset unlocks the account and forces a change; the user's own change lifts it")
    void resetForcesChange() {
        UserAccount u = account();
        for (int i = 0; i < 5; i++) {
            u.recordFailedLogin(POLICY, NOW);
        }
        u.resetPassword("{noop}Temp#Pass2026", NOW);
        assertThat(u.isLocked(NOW)).isFalse();
        assertThat(u.mustChangePassword()).isTrue();
        assertThat(u.principal().mustChangePassword()).isTrue();
        u.changePassword("{noop}New#Pass2026", NOW);
        assertThat(u.mustChangePassword()).isFalse();
        assertThat(u.passwordHash()).isEqualTo("{noop}New#Pass2026");
    }

    @Test
    @DisplayName("三员分立: an account cannot hold an administrator role together with another role")
    void rolesSeparated() {
        UserAccount u = account();
        assertThatThrownBy(() -> u.assignRoles(EnumSet.of(Role.SYSADMIN, Role.SUPERVISOR)))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("user.roles.separation"));
        u.assignRoles(EnumSet.of(Role.SUPERVISOR, Role.INSPECTOR));
        assertThat(u.roleSet()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.INSPECTOR);
    }
}
