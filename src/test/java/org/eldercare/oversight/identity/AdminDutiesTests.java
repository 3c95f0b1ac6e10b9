package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** Issue #8 item 10: no administrator manages the accounts of the other two; refusals are 403 and audited as denied. */
class AdminDutiesTests extends IntegrationTest {

    private static final String PW = "Duties#Test2026";

    private long idOf(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
    }

    private boolean mustChange(String username) {
        return jdbc.sql("select must_change_password from user_account where username = ?").param(username)
                .query(Boolean.class).single();
    }

    private String newUserJson(String username, String role) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"新管理员\",\"regionCode\":\"000000\",\"roles\":[\"" + role + "\"]}";
    }

    @Test
    @DisplayName("三员分立: the system administrator cannot reset the audit administrator's password (403, audited as denied)")
    void sysadminCannotResetTheAuditorsPassword() throws Exception {
        String auditor = createUser("auditor", "000000", Set.of(Role.AUDITADMIN), PW);
        String otherSysadmin = createUser("sysadmin2", "000000", Set.of(Role.SYSADMIN), PW);
        MockHttpSession sysadmin = login("sysadmin", DEMO_PASSWORD);
        for (String target : new String[] {auditor, otherSysadmin}) {
            mvc.perform(post("/admin/users/" + idOf(target) + "/reset-password").session(sysadmin).with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(mustChange(target)).isFalse();
        }
        mvc.perform(get("/api/v1/me").with(httpBasic(auditor, PW))).andExpect(status().isOk()); // the password still works
        String audit = mvc.perform(get("/audit").param("username", "sysadmin").param("outcome", "DENIED")
                        .session(login("auditadmin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("POST /admin/users/{id}/reset-password").contains(String.valueOf(idOf(auditor)));
    }

    @Test
    @DisplayName("三员分立: the system administrator cannot create, re-role, disable or enable security and audit administrators")
    void sysadminCannotManageTheOtherAdministrators() throws Exception {
        for (String role : new String[] {"SECADMIN", "AUDITADMIN"}) {
            String username = unique("new-" + role.toLowerCase());
            mvc.perform(post("/api/v1/admin/users").with(httpBasic("sysadmin", DEMO_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(newUserJson(username, role)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value(Matchers.startsWith("三员分立：系统管理员不能")));
            assertThat(jdbc.sql("select count(*) from user_account where username = ?").param(username).query(Long.class).single())
                    .isZero();
        }
        String security = createUser("security", "000000", Set.of(Role.SECADMIN), PW);
        String business = createUser("business", "532301", Set.of(Role.SUPERVISOR), PW);
        MockHttpSession sysadmin = login("sysadmin", DEMO_PASSWORD);
        mvc.perform(post("/admin/users/" + idOf(security)).session(sysadmin).with(csrf())
                        .param("displayName", "改名").param("regionCode", "000000").param("roles", "SECADMIN"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + idOf(business)).session(sysadmin).with(csrf())
                        .param("displayName", "提权").param("regionCode", "000000").param("roles", "AUDITADMIN"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/users/" + idOf(security) + "/disable").with(httpBasic("sysadmin", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        String list = mvc.perform(get("/admin/users").param("q", security).session(sysadmin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("由安全管理员管理").doesNotContain("/admin/users/" + idOf(security) + "/reset-password");
        assertThat(jdbc.sql("select role from user_role where user_id = ?").param(idOf(business)).query(String.class).list())
                .containsExactly("SUPERVISOR");
        assertThat(jdbc.sql("select enabled from user_account where id = ?").param(idOf(security)).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    @DisplayName("Initial set-up: while no enabled account holds the audit administrator role, the system administrator may create one")
    void sysadminFillsAVacantAdministratorRole() throws Exception {
        String username = unique("first-auditor");
        try {
            jdbc.sql("update user_account set enabled = false where enabled and id in "
                    + "(select user_id from user_role where role = 'AUDITADMIN')").update();
            mvc.perform(post("/api/v1/admin/users").with(httpBasic("sysadmin", DEMO_PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content(newUserJson(username, "AUDITADMIN"))).andExpect(status().isCreated());
        } finally {
            jdbc.sql("update user_account set enabled = true where username = 'auditadmin'").update();
        }
    }

    @Test
    @DisplayName("The security administrator resets and unlocks administrators' accounts, never his own and never a business account")
    void secadminResetsAdministratorsOnly() throws Exception {
        String auditor = createUser("auditor-r", "000000", Set.of(Role.AUDITADMIN), PW);
        String json = mvc.perform(post("/api/v1/admin/administrators/" + idOf(auditor) + "/reset-password")
                        .with(httpBasic("secadmin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(auditor))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(json, "$.temporaryPassword")).hasSize(13);
        assertThat(mustChange(auditor)).isTrue();
        mvc.perform(post("/api/v1/admin/administrators/" + idOf("secadmin") + "/reset-password")
                .with(httpBasic("secadmin", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/administrators/" + idOf("demo-county") + "/reset-password")
                .with(httpBasic("secadmin", DEMO_PASSWORD))).andExpect(status().isForbidden());
        assertThat(mustChange("demo-county")).isFalse();
        mvc.perform(post("/api/v1/admin/administrators/" + idOf(auditor) + "/unlock").with(httpBasic("secadmin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(false));
        // he cannot give himself (or anyone) roles, and the other administrators cannot use his page
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("secadmin", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(newUserJson(unique("x"), "SUPERVISOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/administrators").with(httpBasic("sysadmin", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/administrators").session(login("secadmin", DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }
}
