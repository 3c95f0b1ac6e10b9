package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

class LockoutTests extends IntegrationTest {

    private static final String PW = "Lockout#Test2026";

    private String failedLoginMessage(String username, String password) throws Exception {
        MvcResult r = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        MockHttpSession session = (MockHttpSession) r.getRequest().getSession();
        String html = mvc.perform(get("/login?error").session(session)).andReturn().getResponse().getContentAsString();
        return html;
    }

    /** Issue #8: one message for every refused login, whether the password was wrong or the account is locked. */
    private static final String REFUSED = "用户名或密码错误，或账户已被锁定、停用。连续5次输错密码，账户将被锁定15分钟";

    private boolean locked(String username) {
        return jdbc.sql("select locked_until is not null from user_account where username = ?").param(username)
                .query(Boolean.class).single();
    }

    @Test
    @DisplayName("Lockout: 5 consecutive failures lock the account for 15 minutes (the form says the same for every refusal); "
            + "it unlocks after 15 minutes")
    void fiveFailuresLockFor15Minutes() throws Exception {
        String user = createUser("lock", "532301", Set.of(Role.SUPERVISOR), PW);
        for (int i = 1; i <= 4; i++) {
            assertThat(failedLoginMessage(user, "wrong-" + i)).contains(REFUSED);
            assertThat(locked(user)).isFalse();
        }
        assertThat(failedLoginMessage(user, "wrong-5")).contains(REFUSED).doesNotContain("已被锁定15分钟");
        assertThat(locked(user)).isTrue();
        // while locked even the right password is refused, with the same message
        clock.advance(Duration.ofMinutes(14));
        assertThat(failedLoginMessage(user, PW)).contains(REFUSED);
        mvc.perform(get("/api/v1/me").with(httpBasic(user, PW))).andExpect(status().isUnauthorized());
        // after 15 minutes the right password works again
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        mvc.perform(formLogin("/login").user(user).password(PW)).andExpect(redirectedUrl("/"));
    }

    @Test
    @DisplayName("Lockout: a successful login resets the count of consecutive failures")
    void successResetsCount() throws Exception {
        String user = createUser("lockreset", "532301", Set.of(Role.SUPERVISOR), PW);
        for (int i = 0; i < 4; i++) {
            failedLoginMessage(user, "wrong");
        }
        mvc.perform(formLogin("/login").user(user).password(PW)).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 4; i++) {
            failedLoginMessage(user, "wrong");
        }
        assertThat(locked(user)).isFalse(); // the message no longer tells; the account does
        mvc.perform(formLogin("/login").user(user).password(PW)).andExpect(redirectedUrl("/"));
    }

    @Test
    @DisplayName("Login page is in Chinese and states the lockout policy")
    void loginPageIsChinese() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("连续<span>5</span>次输错密码，账户将锁定<span>15</span>分钟")));
    }

    @Test
    @DisplayName("A form login sets the 30-minute idle timeout of the session policy")
    void sessionIdleTimeoutIs30Minutes() throws Exception {
        MockHttpSession session = login("demo-county", DEMO_PASSWORD);
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
    }
}
