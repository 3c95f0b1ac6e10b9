package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

class CsrfTests extends IntegrationTest {

    private long userCount(String username) {
        return jdbc.sql("select count(*) from user_account where username = ?").param(username).query(Long.class).single();
    }

    @Test
    @DisplayName("CSRF: a form post from a logged-in session without the token is rejected and changes nothing")
    void formPostWithoutTokenIsRejected() throws Exception {
        MockHttpSession session = login("sysadmin", DEMO_PASSWORD);
        String username = unique("csrf");
        mvc.perform(post("/admin/users").session(session)
                        .param("username", username).param("displayName", "跨站").param("regionCode", "532301").param("roles", "SUPERVISOR"))
                .andExpect(status().isForbidden());
        assertThat(userCount(username)).isZero();
        mvc.perform(post("/admin/users").session(session).with(csrf())
                        .param("username", username).param("displayName", "正常").param("regionCode", "532301").param("roles", "SUPERVISOR"))
                .andExpect(status().is3xxRedirection());
        assertThat(userCount(username)).isEqualTo(1);
    }

    @Test
    @DisplayName("CSRF: a session cookie alone cannot call the JSON API without the token")
    void apiWithSessionCookieNeedsToken() throws Exception {
        MockHttpSession session = login("sysadmin", DEMO_PASSWORD);
        String username = unique("csrf-api");
        mvc.perform(post("/api/v1/admin/users").session(session).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username
                                + "\",\"displayName\":\"x\",\"regionCode\":\"532301\",\"roles\":[\"SUPERVISOR\"]}"))
                .andExpect(status().isForbidden());
        assertThat(userCount(username)).isZero();
    }

    @Test
    @DisplayName("CSRF: the login form itself requires the token")
    void loginRequiresToken() throws Exception {
        mvc.perform(post("/login").param("username", "demo-county").param("password", DEMO_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("An API call with its own credentials (HTTP Basic) needs no CSRF token")
    void basicAuthApiNeedsNoToken() throws Exception {
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("sysadmin", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + unique("basic")
                                + "\",\"displayName\":\"x\",\"regionCode\":\"532301\",\"roles\":[\"SUPERVISOR\"]}"))
                .andExpect(status().isCreated());
    }
}
