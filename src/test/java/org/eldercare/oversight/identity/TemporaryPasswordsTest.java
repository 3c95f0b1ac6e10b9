package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {

    @Test
    @DisplayName("Every generated temporary password meets the default password rules and avoids look-alike characters")
    void alwaysMeetsTheRules() {
        SecurityPolicy defaults = new SecurityPolicy(10, 5, 15, 30);
        Random random = new Random(20261125L);
        for (int i = 0; i < 2000; i++) {
            String temp = TemporaryPasswords.next(random);
            assertThat(temp).hasSize(13).doesNotContainAnyWhitespaces().doesNotContain("I", "l", "O", "0", "1");
            assertThat(PasswordRules.violations("sysadmin", temp, defaults)).as(temp).isEmpty();
        }
        assertThat(TemporaryPasswords.next()).isNotEqualTo(TemporaryPasswords.next());
    }
}
