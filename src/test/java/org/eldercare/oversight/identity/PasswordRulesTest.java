package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eldercare.oversight.common.PlatformException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The password strength rules, without the application: every rule accepted and refused. */
class PasswordRulesTest {

    private static final SecurityPolicy POLICY = new SecurityPolicy(10, 5, 15, 30);

    @Test
    @DisplayName("A password of the minimum length with three character classes is accepted")
    void acceptsMinimumLengthWithThreeClasses() {
        assertThat(PasswordRules.violations("zhangsan", "Abcdefgh12", POLICY)).isEmpty();
        assertThat(PasswordRules.violations("zhangsan", "abcdefg#12", POLICY)).isEmpty();
    }

    @Test
    @DisplayName("A password shorter than the policy's minimum is refused as too short")
    void refusesTooShort() {
        assertThat(PasswordRules.violations("zhangsan", "Abcdef#12", POLICY)).containsExactly("password.tooShort");
        assertThat(PasswordRules.violations("zhangsan", null, POLICY)).containsExactly("password.tooShort");
    }

    @Test
    @DisplayName("A password with only two of upper, lower, digit and symbol is refused")
    void refusesTwoClasses() {
        assertThat(PasswordRules.violations("zhangsan", "abcdefgh1234", POLICY)).containsExactly("password.classes");
        assertThat(PasswordRules.violations("zhangsan", "ABCDEFGH####", POLICY)).containsExactly("password.classes");
    }

    @Test
    @DisplayName("A password containing the username, in any case, is refused")
    void refusesUsernameInside() {
        assertThat(PasswordRules.violations("ZhangSan", "x#1zhangsanX", POLICY)).containsExactly("password.containsUsername");
        assertThat(PasswordRules.violations(" ", "Abcdefgh12#", POLICY)).isEmpty();
    }

    @Test
    @DisplayName("Every broken rule is reported; the refusal names the first one and the minimum length")
    void requireRefusesWithFirstRule() {
        assertThat(PasswordRules.violations("li", "li", POLICY))
                .containsExactly("password.tooShort", "password.classes", "password.containsUsername");
        assertThatThrownBy(() -> PasswordRules.require("li", "li", POLICY))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("password.tooShort");
                    assertThat(e.args()).containsExactly(10);
                });
    }
}
