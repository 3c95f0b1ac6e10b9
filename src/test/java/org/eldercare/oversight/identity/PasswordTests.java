package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

class PasswordTests extends IntegrationTest {

    private static final SecurityPolicy POLICY = new SecurityPolicy(10, 5, 15, 30);

    @Test
    @DisplayName("Password rules: at least 10 characters, 3 of 4 character classes, not containing the username")
    void passwordRules() {
        assertThat(PasswordRules.violations("zhang", "Abc#12345", POLICY)).containsExactly("password.tooShort");
        assertThat(PasswordRules.violations("zhang", "abcdefgh1234", POLICY)).containsExactly("password.classes");
        assertThat(PasswordRules.violations("zhang", "xxZhang#2026", POLICY)).containsExactly("password.containsUsername");
        assertThat(PasswordRules.violations("zhang", "Abcdefg1234", POLICY)).isEmpty();
        assertThat(PasswordRules.violations("zhang", "abcdefg#1234", POLICY)).isEmpty();
        assertThat(PasswordRules.violations("zhang", "ABCDEFG#1234", POLICY)).isEmpty();
    }

    @Test
    @DisplayName("An admin-created account must change its temporary password at first login before doing anything else")
    void forcedPasswordChangeAtFirstLogin() throws Exception {
        String username = unique("newcomer");
        String json = mvc.perform(post("/api/v1/admin/users").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username
                                + "\",\"displayName\":\"新人\",\"regionCode\":\"532301\",\"roles\":[\"INSPECTOR\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String temp = JsonPath.read(json, "$.temporaryPassword");

        // API: refused until the password is changed
        mvc.perform(get("/api/v1/me").with(httpBasic(username, temp)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("首次登录或密码被重置后须先修改密码。"));
        // pages: login leads to the password page, and every other page redirects there
        var login = mvc.perform(formLogin("/login").user(username).password(temp))
                .andExpect(redirectedUrl("/account/password")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        // a weak new password is refused with the rule in Chinese
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("current", temp).param("password", "short").param("confirm", "short"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("密码长度不能少于10位")));
        String chosen = "Mine#Secure2026";
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("current", temp).param("password", chosen).param("confirm", chosen))
                .andExpect(redirectedUrl("/?passwordChanged"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(username, chosen))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("Resetting a password gives a temporary one, unlocks the account and forces a change again")
    void resetPasswordForcesChange() throws Exception {
        String username = createUser("reset", "532301", Set.of(Role.SUPERVISOR), "Reset#Test2026");
        Long id = jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
        MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
        mvc.perform(post("/admin/users/" + id + "/reset-password").session(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.sql("select must_change_password from user_account where id = ?").param(id).query(Boolean.class).single()).isTrue();
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Reset#Test2026"))).andExpect(status().isUnauthorized());
    }
}
