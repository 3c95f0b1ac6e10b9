package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** 三员分立: each administrator does only their own job. */
class SeparationOfDutiesTests extends IntegrationTest {

    private static final String POLICY = "{\"minPasswordLength\":10,\"maxFailedAttempts\":5,\"lockMinutes\":15,\"idleTimeoutMinutes\":30}";

    private String newUserJson(String username, String roles) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"新用户\",\"regionCode\":\"532301\",\"roles\":" + roles + "}";
    }

    private long userCount(String username) {
        return jdbc.sql("select count(*) from user_account where username = ?").param(username).query(Long.class).single();
    }

    @Test
    @DisplayName("三员分立: the system admin manages accounts but cannot read the audit log or change the security policy")
    void sysadminCannotAuditOrSetPolicy() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("sysadmin", DEMO_PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("您无权执行此操作。"));
        mvc.perform(get("/audit").with(httpBasic("sysadmin", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/admin/security-policy").with(httpBasic("sysadmin", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(POLICY)).andExpect(status().isForbidden());
        String username = unique("by-sysadmin");
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(newUserJson(username, "[\"SUPERVISOR\",\"INSPECTOR\"]")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.temporaryPassword").isString());
        assertThat(userCount(username)).isEqualTo(1);
    }

    @Test
    @DisplayName("三员分立: the audit admin reads the audit log but cannot change accounts or policy")
    void auditadminCannotChangeAccountsOrPolicy() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("auditadmin", DEMO_PASSWORD))).andExpect(status().isOk());
        String username = unique("by-auditadmin");
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("auditadmin", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(newUserJson(username, "[\"SUPERVISOR\"]")))
                .andExpect(status().isForbidden());
        assertThat(userCount(username)).isZero();
        mvc.perform(put("/api/v1/admin/security-policy").with(httpBasic("auditadmin", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(POLICY)).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("三员分立: the security admin sets the policy but cannot manage accounts or read the audit log")
    void secadminOnlySetsPolicy() throws Exception {
        mvc.perform(put("/api/v1/admin/security-policy").with(httpBasic("secadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(POLICY))
                .andExpect(status().isOk()).andExpect(jsonPath("$.maxFailedAttempts").value(5));
        String username = unique("by-secadmin");
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("secadmin", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(newUserJson(username, "[\"SUPERVISOR\"]")))
                .andExpect(status().isForbidden());
        assertThat(userCount(username)).isZero();
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("secadmin", DEMO_PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("三员分立: the admin roles cannot be combined with each other or with a business role")
    void adminRolesAreExclusive() throws Exception {
        String a = unique("two-admins");
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(newUserJson(a, "[\"SYSADMIN\",\"AUDITADMIN\"]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("三员分立：系统管理员、安全管理员、审计管理员不得兼任，也不得兼任业务角色。"));
        String b = unique("admin-and-business");
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(newUserJson(b, "[\"SECADMIN\",\"SUPERVISOR\"]")))
                .andExpect(status().isBadRequest());
        assertThat(userCount(a) + userCount(b)).isZero();
    }

    @Test
    @DisplayName("Business users reach none of the administration functions")
    void businessUsersAreNotAdmins() throws Exception {
        mvc.perform(get("/api/v1/admin/users").with(httpBasic("demo-supervisor", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("demo-supervisor", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/security-policy").with(httpBasic("demo-supervisor", DEMO_PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("A security policy outside its bounds is refused with a Chinese reason and not saved")
    void policyBoundsAreEnforced() throws Exception {
        mvc.perform(put("/api/v1/admin/security-policy").with(httpBasic("secadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minPasswordLength\":10,\"maxFailedAttempts\":5,\"lockMinutes\":15,\"idleTimeoutMinutes\":120}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("会话空闲超时须在5–30分钟之间。"));
        assertThat(jdbc.sql("select idle_timeout_minutes from security_policy").query(Integer.class).single()).isEqualTo(30);
    }
}
