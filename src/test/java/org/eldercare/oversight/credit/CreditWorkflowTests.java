package org.eldercare.oversight.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * CRD-1/CRD-2 through the API: a department's token adds entries of its own department only, a supervisor corrects one by a
 * reversing entry, the grade and its explanation follow; a sibling county sees nothing (404); the page and the export.
 */
class CreditWorkflowTests extends IntegrationTest {

    private String supervisor;
    private String sibling;
    private String uscc;

    @BeforeEach
    void institution() throws Exception {
        supervisor = createUser("crd-sup", CreditFixtures.COUNTY, Set.of(Role.SUPERVISOR), DEMO_PASSWORD);
        sibling = createUser("crd-sib", CreditFixtures.SIBLING, Set.of(Role.SUPERVISOR), DEMO_PASSWORD);
        uscc = CreditFixtures.uscc();
        CreditFixtures.institution(mvc, supervisor, DEMO_PASSWORD, uscc, "大理信用测试养老院" + unique(""), CreditFixtures.TOWNSHIP);
    }

    /** A partner system's token of {@code department} for 大理市, requested by a system administrator and approved. */
    private String token(String department) throws Exception {
        String sysadmin = createUser("crd-sys", CreditFixtures.COUNTY, Set.of(Role.SYSADMIN), DEMO_PASSWORD);
        String request = mvc.perform(post("/api/v1/admin/api-tokens").with(httpBasic(sysadmin, DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + unique("信用测试令牌") + "\",\"departmentCode\":\""
                        + department + "\",\"regionCode\":\"" + CreditFixtures.COUNTY + "\",\"validDays\":30}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(request, "$.id")).longValue();
        String approved = mvc.perform(post("/api/v1/token-approvals/" + id + "/approve").with(httpBasic(supervisor, DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(approved, "$.token");
    }

    private ResultActions addEntry(MockHttpServletRequestBuilder as, String kind, String document) throws Exception {
        return mvc.perform(as.contentType(MediaType.APPLICATION_JSON).content("""
                {"uscc":"%s","kind":"%s","occurredOn":"2026-01-05","documentNo":"%s","note":"测试"}""".formatted(uscc, kind, document)));
    }

    private MockHttpServletRequestBuilder entries(String bearer) {
        return post("/api/v1/credit/entries").header("Authorization", "Bearer " + bearer);
    }

    @Test
    @DisplayName("CRD-1: a department's token adds entries of its own department's kinds only, with its department recorded")
    void departmentTokenAddsItsOwnKindsOnly() throws Exception {
        String fire = token("FIRE_RESCUE");
        String document = unique("大消检");
        addEntry(entries(fire), "FIRE_FINDING", document).andExpect(status().isCreated())
                .andExpect(jsonPath("$.departmentCode").value("FIRE_RESCUE")).andExpect(jsonPath("$.points").value(-5))
                .andExpect(jsonPath("$.sourceModule").value("department")).andExpect(jsonPath("$.sourceRef").value(document));
        addEntry(entries(fire), "FIRE_FINDING", document).andExpect(status().isConflict());
        addEntry(entries(fire), "MARKET_PENALTY", unique("市监")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("“市场监管行政处罚”不属于本部门的录入范围。"));
        addEntry(entries(fire), "HAZARD_MAJOR", unique("隐患")).andExpect(status().isBadRequest());
        addEntry(entries(token("MARKET_REGULATION")), "MARKET_PENALTY", unique("市监")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.departmentCode").value("MARKET_REGULATION"));
        List<String> kinds = jdbc.sql("select kind from credit_entry where uscc = ? order by id").param(uscc).query(String.class).list();
        assertThat(kinds).containsExactly("FIRE_FINDING", "MARKET_PENALTY");
        mvc.perform(get("/api/v1/credit/codes/" + uscc).with(httpBasic(supervisor, DEMO_PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.grade.score").value(80 - 5 - 10)).andExpect(jsonPath("$.grade.grade").value("C"))
                .andExpect(jsonPath("$.grade.checksPerYear").value(3)).andExpect(jsonPath("$.grade.lines.length()").value(3))
                .andExpect(jsonPath("$.onList").value(false));
    }

    @Test
    @DisplayName("CRD-1: a correction is a reversing entry (the original stays), once; the grade is recomputed on each entry")
    void correctionByReversal() throws Exception {
        String body = addEntry(post("/api/v1/credit/entries").with(httpBasic(supervisor, DEMO_PASSWORD)), "CIVIL_AFFAIRS_PENALTY",
                unique("大民罚")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(jdbc.sql("select grade from credit_grade where uscc = ?").param(uscc).query(String.class).single()).isEqualTo("C");
        String reversal = "{\"reverses\":" + id + ",\"note\":\"主体认定错误\"}";
        mvc.perform(post("/api/v1/credit/entries").with(httpBasic(supervisor, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(reversal)).andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("REVERSAL"))
                .andExpect(jsonPath("$.points").value(10)).andExpect(jsonPath("$.reversesId").value(id));
        mvc.perform(post("/api/v1/credit/entries").with(httpBasic(supervisor, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(reversal)).andExpect(status().isConflict());
        assertThat(jdbc.sql("select points from credit_entry where id = ?").param(id).query(Integer.class).single()).isEqualTo(-10);
        assertThat(jdbc.sql("select score from credit_grade where uscc = ?").param(uscc).query(Integer.class).single()).isEqualTo(80);
    }

    @Test
    @DisplayName("CRD-1: a sibling county's supervisor gets 404 for the code, its entries, its export and its list procedure")
    void siblingCountySeesNothing() throws Exception {
        addEntry(post("/api/v1/credit/entries").with(httpBasic(supervisor, DEMO_PASSWORD)), "COMMENDATION", unique("表彰"))
                .andExpect(status().isCreated());
        String listing = mvc.perform(post("/api/v1/credit/listings").with(httpBasic(supervisor, DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"uscc":"%s","listKind":"CLOSE_WATCH","condition":"REPORTS_NOT_FILED","grounds":"未报送年度工作报告"}"""
                        .formatted(uscc))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(listing, "$.id")).longValue();
        for (String path : List.of("/api/v1/credit/codes/" + uscc, "/api/v1/credit/codes/" + uscc + "/entries",
                "/api/v1/credit/codes/" + uscc + "/entries.xlsx", "/api/v1/credit/listings/" + id)) {
            mvc.perform(get(path).with(httpBasic(sibling, DEMO_PASSWORD))).andExpect(status().isNotFound());
        }
        addEntry(post("/api/v1/credit/entries").with(httpBasic(sibling, DEMO_PASSWORD)), "COMMENDATION", unique("表彰"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/credit/listings?status=PROPOSED").with(httpBasic(sibling, DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(get("/api/v1/credit/listings?status=PROPOSED").with(httpBasic(supervisor, DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isNotEmpty());
    }

    @Test
    @DisplayName("CRD-1/CRD-2: the code's page shows the grade with its explanation; the entries export as a streamed Excel file")
    void pageAndExport() throws Exception {
        addEntry(post("/api/v1/credit/entries").with(httpBasic(supervisor, DEMO_PASSWORD)), "COMMENDATION", unique("表彰"))
                .andExpect(status().isCreated());
        String html = mvc.perform(get("/credit/codes/" + uscc).session(login(supervisor, DEMO_PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("等级构成").contains("表彰奖励").contains("B 级").contains("85");
        mvc.perform(get("/api/v1/credit/codes/" + uscc + "/entries.xlsx").with(httpBasic(supervisor, DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type",
                        org.hamcrest.Matchers.containsString("spreadsheetml")));
    }
}
