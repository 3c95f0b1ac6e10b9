package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue #8 item 1: a change to an account ends every session of that account at once, pages and API alike. */
class SessionTerminationTests extends IntegrationTest {

    private static final String PW = "Session#Test2026";

    private long idOf(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
    }

    /** The session still works: the workbench page opens and the API answers. */
    private void works(MockHttpSession session) throws Exception {
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isOk());
    }

    /** The session has ended: a page is sent to the login page, and a fresh session's API call gets 401. */
    private void ended(MockHttpSession page, MockHttpSession api) throws Exception {
        mvc.perform(get("/").session(page)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").session(api)).andExpect(status().isUnauthorized());
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request, MockHttpSession admin) {
        return request.session(admin).with(csrf());
    }

    private MockHttpServletRequestBuilder edit(long id, String region, String... roles) {
        return post("/admin/users/" + id).param("displayName", "测试用户").param("regionCode", region).param("roles", roles);
    }

    @Test
    @DisplayName("Disabling an account ends its page and API sessions at once, and HTTP Basic is refused at once")
    void disablingEndsSessions() throws Exception {
        String user = createUser("sess-off", "532301", Set.of(Role.SUPERVISOR), PW);
        MockHttpSession page = login(user, PW);
        MockHttpSession api = login(user, PW);
        works(page);
        MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
        mvc.perform(asAdmin(post("/admin/users/" + idOf(user) + "/disable"), admin)).andExpect(redirectedUrl("/admin/users"));
        ended(page, api);
        mvc.perform(get("/api/v1/me").with(httpBasic(user, PW))).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("Resetting an account's password ends its sessions")
    void passwordResetEndsSessions() throws Exception {
        String user = createUser("sess-reset", "532301", Set.of(Role.SUPERVISOR), PW);
        MockHttpSession page = login(user, PW);
        MockHttpSession api = login(user, PW);
        MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
        mvc.perform(asAdmin(post("/admin/users/" + idOf(user) + "/reset-password"), admin)).andExpect(redirectedUrl("/admin/users"));
        ended(page, api);
    }

    @Test
    @DisplayName("Changing an account's roles or its region ends its sessions; changing only its name does not")
    void rolesOrRegionChangeEndsSessions() throws Exception {
        String user = createUser("sess-role", "532301", Set.of(Role.SUPERVISOR), PW);
        long id = idOf(user);
        MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
        MockHttpSession page = login(user, PW);
        mvc.perform(asAdmin(edit(id, "532301", "SUPERVISOR"), admin)).andExpect(redirectedUrl("/admin/users"));
        works(page); // same roles and region: the session goes on
        MockHttpSession api = login(user, PW);
        mvc.perform(asAdmin(edit(id, "532301", "SUPERVISOR", "INSPECTOR"), admin)).andExpect(redirectedUrl("/admin/users"));
        ended(page, api);

        MockHttpSession again = login(user, PW);
        MockHttpSession againApi = login(user, PW);
        works(again);
        mvc.perform(asAdmin(edit(id, "532300", "SUPERVISOR", "INSPECTOR"), admin)).andExpect(redirectedUrl("/admin/users"));
        ended(again, againApi);
        // after logging in again the new rights apply
        mvc.perform(get("/api/v1/me").session(login(user, PW))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("Changing one's own password ends the account's other sessions; the session that changed it goes on")
    void ownPasswordChangeEndsOtherSessions() throws Exception {
        String user = createUser("sess-own", "532301", Set.of(Role.SUPERVISOR), PW);
        MockHttpSession mine = login(user, PW);
        MockHttpSession other = login(user, PW);
        MockHttpSession otherApi = login(user, PW);
        String next = "Session#Next2026";
        mvc.perform(post("/account/password").session(mine).with(csrf())
                        .param("current", PW).param("password", next).param("confirm", next))
                .andExpect(redirectedUrl("/?passwordChanged"));
        works(mine);
        ended(other, otherApi);
    }

    @Test
    @DisplayName("Disabling an account revokes the API tokens it approved; they stop opening the API at once")
    void disablingTheApproverRevokesItsTokens() throws Exception {
        String approver = createUser("sess-appr", "532301", Set.of(Role.SUPERVISOR), PW);
        String requested = mvc.perform(post("/api/v1/admin/api-tokens").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"住建对接\",\"departmentCode\":\"HOUSING\",\"regionCode\":\"532301\",\"validDays\":30}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long tokenId = ((Number) JsonPath.read(requested, "$.id")).longValue();
        String approved = mvc.perform(post("/api/v1/token-approvals/" + tokenId + "/approve").with(httpBasic(approver, PW)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(approved, "$.token");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/admin/users/" + idOf(approver) + "/disable").with(httpBasic("sysadmin", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select revoked_by from api_token where id = ?").param(tokenId).query(String.class).single())
                .isEqualTo("sysadmin");
    }
}
