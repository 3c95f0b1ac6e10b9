package org.eldercare.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** Item 16: the audit records what happened to a page post, not the status code of its redirect. */
class RefusedPagePostAuditTests extends IntegrationTest {

    private Map<String, Object> lastRow(String username, String action) {
        return jdbc.sql("select action, outcome, detail from audit_log where username = ? and action = ? order by id desc limit 1")
                .params(username, action).query().singleRow();
    }

    @Test
    @DisplayName("A page post refused with a flash error is audited as 失败 with its reason, a carried-out one as 成功")
    void refusedRedirectIsAFailure() throws Exception {
        MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
        mvc.perform(post("/admin/tokens").session(admin).with(csrf()).param("name", "").param("validDays", "10"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("error"));
        assertThat(lastRow("sysadmin", "POST /admin/tokens")).containsEntry("outcome", "FAILURE")
                .containsEntry("detail", "HTTP 302 REFUSED token.name.invalid");

        mvc.perform(post("/admin/tokens/987654321/revoke").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("error"));
        assertThat(lastRow("sysadmin", "POST /admin/tokens/{id}/revoke")).containsEntry("outcome", "FAILURE")
                .containsEntry("detail", "HTTP 302 REFUSED token.notFound");

        mvc.perform(post("/admin/tokens").session(admin).with(csrf()).param("name", "拒绝审计测试").param("departmentCode", "AUDIT")
                .param("regionCode", "532301").param("validDays", "10")).andExpect(flash().attributeExists("message"));
        assertThat(lastRow("sysadmin", "POST /admin/tokens")).containsEntry("outcome", "SUCCESS").containsEntry("detail", "HTTP 302");
    }

    @Test
    @DisplayName("A form shown again with its refusal (status 200) is audited as 失败")
    void refusedFormIsAFailure() throws Exception {
        String user = createUser("refused", "532301", Set.of(Role.SUPERVISOR), DEMO_PASSWORD);
        MockHttpSession session = login(user, DEMO_PASSWORD);
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", DEMO_PASSWORD)
                .param("password", "Another#Pass2026").param("confirm", "Different#Pass2026")).andExpect(status().isOk());
        assertThat(lastRow(user, "POST /account/password")).containsEntry("outcome", "FAILURE")
                .containsEntry("detail", "HTTP 200 REFUSED password.mismatch");
    }
}
