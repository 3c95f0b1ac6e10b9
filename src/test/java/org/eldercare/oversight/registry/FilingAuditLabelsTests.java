package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** #9 item 15 (part): the audit administrator reads a supervisor's filing decision in Chinese. */
class FilingAuditLabelsTests extends FilingTestBase {

    @Test
    @DisplayName("#9-15: the audit log shows 予以备案 by 民政监管员 of 楚雄市, by name, with the raw request kept")
    void aFilingDecisionReadsInChinese() throws Exception {
        long filing = submittedFiling(createInstitution());
        asCounty(post("/api/v1/filings/" + filing + "/accept")).andExpect(status().isOk());
        String html = mvc.perform(get("/audit").param("username", "demo-county").param("action", "予以备案")
                        .session(login("auditadmin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String row = html.substring(html.indexOf("<td>" + lastAuditId("demo-county") + "</td>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("李监管（楚雄市民政局）").contains(">民政监管员<").contains(">楚雄市<").contains(">予以备案<")
                .contains("title=\"POST /api/v1/filings/{id}/accept\"").contains(String.valueOf(filing)).contains("成功")
                .contains("已完成（HTTP 200）");
    }

    private long lastAuditId(String username) {
        return jdbc.sql("select max(id) from audit_log where username = ? and action = 'POST /api/v1/filings/{id}/accept'")
                .param(username).query(Long.class).single();
    }
}
