package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue #8 item 16 (identity): the login form does not tell the refusals apart, the current-password check of 修改密码
 * counts toward the lockout, and usernames that differ only in case are one username.
 */
class CredentialLeakTests extends IntegrationTest {

    private static final String PW = "Leak#Test2026";

    private String loginError(String username, String password) throws Exception {
        MvcResult r = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        MockHttpSession session = (MockHttpSession) r.getRequest().getSession();
        String html = mvc.perform(get("/login?error").session(session)).andReturn().getResponse().getContentAsString();
        int start = html.indexOf("id=\"login-error\"");
        return html.substring(start, html.indexOf("</div>", start));
    }

    @Test
    @DisplayName("The login form says the same for an unknown user, a wrong password, a disabled and a locked account")
    void oneMessageForEveryRefusal() throws Exception {
        String wrong = loginError(createUser("leak-pw", "532301", Set.of(Role.SUPERVISOR), PW), "Not#ThePassword1");
        String unknown = loginError(unique("nobody"), PW);
        String disabled = createUser("leak-off", "532301", Set.of(Role.SUPERVISOR), PW);
        jdbc.sql("update user_account set enabled = false where username = ?").param(disabled).update();
        String locked = createUser("leak-lock", "532301", Set.of(Role.SUPERVISOR), PW);
        for (int i = 0; i < 5; i++) {
            loginError(locked, "Not#ThePassword1");
        }
        assertThat(wrong).contains("用户名或密码错误");
        assertThat(unknown).isEqualTo(wrong);
        assertThat(loginError(disabled, PW)).isEqualTo(wrong);
        assertThat(loginError(locked, PW)).isEqualTo(wrong);
    }

    @Test
    @DisplayName("修改密码: wrong current passwords count toward the lockout and are audited; once locked the check stops")
    void currentPasswordCountsTowardLockout() throws Exception {
        String user = createUser("leak-change", "532301", Set.of(Role.SUPERVISOR), PW);
        MockHttpSession session = login(user, PW);
        for (int i = 1; i <= 5; i++) {
            mvc.perform(post("/account/password").session(session).with(csrf())
                            .param("current", "Guess#Number" + i).param("password", "Mine#Secure2026").param("confirm", "Mine#Secure2026"))
                    .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("当前密码不正确")));
        }
        assertThat(jdbc.sql("select failed_attempts from user_account where username = ?").param(user).query(Integer.class).single())
                .isEqualTo(5);
        mvc.perform(get("/api/v1/me").with(httpBasic(user, PW))).andExpect(status().isUnauthorized()); // locked
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("current", PW).param("password", "Mine#Secure2026").param("confirm", "Mine#Secure2026"))
                .andExpect(content().string(Matchers.containsString("账户已被锁定")));
        assertThat(jdbc.sql("select count(*) from audit_log where username = ? and action = 'LOGIN PASSWORD_CHANGE' "
                + "and outcome = 'FAILURE'").param(user).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    @DisplayName("Usernames that differ only in case are refused, by the service and by a unique index on lower(username)")
    void usernamesAreCaseInsensitivelyUnique() throws Exception {
        String lower = createUser("case", "532301", Set.of(Role.SUPERVISOR), PW);
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("sysadmin", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + lower.toUpperCase() + "\",\"displayName\":\"大写\",\"regionCode\":\"532301\","
                                + "\"roles\":[\"SUPERVISOR\"]}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("用户名“" + lower.toUpperCase() + "”已存在。"));
        assertThatThrownBy(() -> jdbc.sql("insert into user_account (username, display_name, password_hash, region_code, created_by) "
                        + "values (?, 'x', 'x', '532301', 'test')").param(lower.toUpperCase()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
