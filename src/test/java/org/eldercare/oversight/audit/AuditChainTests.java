package org.eldercare.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.eldercare.oversight.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

class AuditChainTests extends IntegrationTest {

    private long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
    }

    @Test
    @DisplayName("Audit: every login attempt is recorded with user, outcome and client IP")
    void loginAttemptsAreAudited() throws Exception {
        long before = lastId();
        mvc.perform(formLogin("/login").user("demo-county").password("Wrong#Pass2026"));
        mvc.perform(formLogin("/login").user("demo-county").password(DEMO_PASSWORD));
        // (rows of unauthenticated refusals, aggregated in the background, are not part of this)
        var rows = jdbc.sql("select username, action, outcome, detail, client_ip, region_code, roles from audit_log "
                        + "where id > ? and action <> 'REFUSED UNAUTHENTICATED' order by id")
                .param(before).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("username", "demo-county").containsEntry("action", "LOGIN FORM")
                .containsEntry("outcome", "FAILURE").containsEntry("detail", "BAD_CREDENTIALS").containsEntry("client_ip", "127.0.0.1");
        assertThat(rows.get(1)).containsEntry("outcome", "SUCCESS").containsEntry("region_code", "532301")
                .containsEntry("roles", "SUPERVISOR");
    }

    @Test
    @DisplayName("Audit: state-changing requests are recorded with target and outcome, denied ones included")
    void stateChangesAreAudited() throws Exception {
        long before = lastId();
        MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
        Long id = jdbc.sql("select id from user_account where username = 'demo-inspector'").query(Long.class).single();
        mvc.perform(post("/admin/users/" + id + "/reset-password").session(admin)); // no CSRF token: refused
        mvc.perform(put("/api/v1/admin/security-policy").with(httpBasic("sysadmin", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}"));          // wrong admin: refused
        mvc.perform(post("/admin/tokens").session(admin).with(csrf()).param("name", "审计测试").param("departmentCode", "AUDIT")
                .param("regionCode", "532301").param("validDays", "10"));
        var rows = jdbc.sql("select username, action, target_type, target_id, outcome from audit_log "
                        + "where id > ? and action not like 'LOGIN%' and action <> 'REFUSED UNAUTHENTICATED' order by id")
                .param(before).query().listOfRows();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("username", "sysadmin").containsEntry("outcome", "DENIED")
                .containsEntry("action", "POST /admin/users/" + id + "/reset-password");
        assertThat(rows.get(1)).containsEntry("username", "sysadmin").containsEntry("outcome", "DENIED")
                .containsEntry("target_type", "security-policy");
        assertThat(rows.get(2)).containsEntry("action", "POST /admin/tokens").containsEntry("target_type", "tokens")
                .containsEntry("outcome", "SUCCESS");
        // the refused reset did not happen
        assertThat(jdbc.sql("select must_change_password from user_account where id = ?").param(id).query(Boolean.class).single())
                .isFalse();
    }

    @Test
    @DisplayName("Audit: the chain verifies intact, and a row changed behind the trigger is reported as the first broken one")
    void tamperingIsDetected() throws Exception {
        mvc.perform(formLogin("/login").user("demo-township").password(DEMO_PASSWORD));
        mvc.perform(formLogin("/login").user("demo-township").password("x"));
        mvc.perform(formLogin("/login").user("demo-township").password(DEMO_PASSWORD));
        long rows = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("auditadmin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.rows").value(Matchers.greaterThanOrEqualTo((int) rows)));

        long victim = jdbc.sql("select max(id) from audit_log where username = 'demo-township' and outcome = 'FAILURE'")
                .query(Long.class).single();
        String original = jdbc.sql("select outcome from audit_log where id = ?").param(victim).query(String.class).single();
        try {
            jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
            jdbc.sql("update audit_log set outcome = 'SUCCESS' where id = ?").param(victim).update();
            // in full: by default only the rows after the newest checkpoint are recomputed, and a periodic one may have come
            mvc.perform(get("/api/v1/audit/verify").param("full", "true").with(httpBasic("auditadmin", DEMO_PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenId").value(victim));
        } finally {
            jdbc.sql("update audit_log set outcome = ? where id = ?").params(original, victim).update();
            jdbc.sql("alter table audit_log enable trigger audit_log_no_update").update();
        }
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("auditadmin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    @DisplayName("Audit: there is no delete path — the database refuses UPDATE and DELETE of audit rows")
    void auditRowsAreImmutable() {
        long id = lastId();
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where id = ?").param(id).update())
                .hasMessageContaining("审计日志不可修改或删除");
        assertThatThrownBy(() -> jdbc.sql("update audit_log set detail = 'x' where id = ?").param(id).update())
                .hasMessageContaining("审计日志不可修改或删除");
    }

    @Test
    @DisplayName("Audit search page lists rows for the audit admin in Chinese")
    void searchPage() throws Exception {
        MockHttpSession auditor = login("auditadmin", DEMO_PASSWORD);
        String html = mvc.perform(get("/audit").param("username", "auditadmin").session(auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("审计日志").contains("LOGIN FORM").contains("成功");
        String verify = mvc.perform(get("/audit/verify").session(auditor)).andReturn().getResponse().getContentAsString();
        assertThat(verify).contains("审计链完整");
    }
}
