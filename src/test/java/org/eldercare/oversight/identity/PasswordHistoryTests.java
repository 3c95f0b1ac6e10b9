package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.common.PlatformException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** Issue #8 item 4: a new password may not repeat one of the last N (security policy, default 5); only hashes are kept. */
class PasswordHistoryTests extends IntegrationTest {

    private static final String POLICY = "{\"minPasswordLength\":10,\"maxFailedAttempts\":5,\"lockMinutes\":15,"
            + "\"idleTimeoutMinutes\":30,\"passwordHistory\":%d}";

    @Autowired
    OwnPassword ownPassword;

    private static String pw(int n) {
        return "History#Pass" + n + "x";
    }

    private void setHistory(int depth) throws Exception {
        mvc.perform(put("/api/v1/admin/security-policy").with(httpBasic("secadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(POLICY.formatted(depth)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.passwordHistory").value(depth));
    }

    @Test
    @DisplayName("Password history: the last 5 passwords (the current one included) are refused, the 6th-last is accepted again")
    void lastFivePasswordsAreRefused() {
        String user = createUser("hist", "532301", Set.of(Role.SUPERVISOR), pw(0));
        for (int i = 1; i <= 4; i++) {
            ownPassword.change(user, pw(i - 1), pw(i), pw(i));
        }
        for (int old = 0; old <= 3; old++) {
            String reused = pw(old);
            assertThatThrownBy(() -> ownPassword.change(user, pw(4), reused, reused))
                    .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("password.reused"));
        }
        ownPassword.change(user, pw(4), pw(5), pw(5));
        assertThatCode(() -> ownPassword.change(user, pw(5), pw(0), pw(0))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("Password history stores hashes only")
    void onlyHashesAreStored() {
        String user = createUser("hist-hash", "532301", Set.of(Role.SUPERVISOR), pw(0));
        ownPassword.change(user, pw(0), pw(1), pw(1));
        List<String> hashes = jdbc.sql("select h.password_hash from password_history h join user_account a on a.id = h.user_id "
                + "where a.username = ?").param(user).query(String.class).list();
        assertThat(hashes).hasSize(2).allSatisfy(h -> assertThat(h).startsWith("{bcrypt}").doesNotContain("History#Pass"));
    }

    @Test
    @DisplayName("The depth of the history is a security-policy setting the security administrator changes with the others")
    void depthIsAPolicySetting() throws Exception {
        String user = createUser("hist-depth", "532301", Set.of(Role.SUPERVISOR), pw(0));
        try {
            MockHttpSession secadmin = login("secadmin", DEMO_PASSWORD);
            assertThat(mvc.perform(get("/admin/security-policy").session(secadmin)).andReturn().getResponse().getContentAsString())
                    .containsPattern("name=\"passwordHistory\"\\s+value=\"5\"");
            mvc.perform(post("/admin/security-policy").session(secadmin).with(csrf()).param("minPasswordLength", "10")
                            .param("maxFailedAttempts", "5").param("lockMinutes", "15").param("idleTimeoutMinutes", "30")
                            .param("passwordHistory", "2"))
                    .andExpect(redirectedUrl("/admin/security-policy"));
            assertThat(jdbc.sql("select password_history from security_policy").query(Integer.class).single()).isEqualTo(2);
            ownPassword.change(user, pw(0), pw(1), pw(1));
            ownPassword.change(user, pw(1), pw(2), pw(2));
            assertThatCode(() -> ownPassword.change(user, pw(2), pw(0), pw(0))).doesNotThrowAnyException();
            mvc.perform(put("/api/v1/admin/security-policy").with(httpBasic("secadmin", DEMO_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(POLICY.formatted(25)))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("不得重复使用的最近密码次数须在1–24次之间。"));
            mvc.perform(put("/api/v1/admin/security-policy").with(httpBasic("sysadmin", DEMO_PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content(POLICY.formatted(1))).andExpect(status().isForbidden());
        } finally {
            setHistory(SecurityPolicy.DEFAULT_PASSWORD_HISTORY);
        }
    }
}
