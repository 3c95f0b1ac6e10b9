package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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

/** Issue #8 items 2 and 16: 三员分立 for API tokens, the institution within the token's region, no token in any log. */
class TokenApprovalTests extends IntegrationTest {

    private long request(String body) throws Exception {
        String json = mvc.perform(post("/api/v1/admin/api-tokens").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private String approve(long id, String supervisor) throws Exception {
        String json = mvc.perform(post("/api/v1/token-approvals/" + id + "/approve").with(httpBasic(supervisor, DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.token");
    }

    private long storedSecrets(long id) {
        return jdbc.sql("select count(*) from api_token where id = ? and token_hash is not null").param(id).query(Long.class).single();
    }

    @Test
    @DisplayName("三员分立: the system administrator alone cannot get a working business token; a supervisor's approval is needed")
    void sysadminAloneGetsNoWorkingToken() throws Exception {
        long id = request("{\"name\":\"卫健对接\",\"departmentCode\":\"HEALTH\",\"regionCode\":\"532301\",\"validDays\":30}");
        assertThat(storedSecrets(id)).isZero(); // no secret exists before the approval
        for (String admin : new String[] {"sysadmin", "secadmin", "auditadmin"}) {
            mvc.perform(post("/api/v1/token-approvals/" + id + "/approve").with(httpBasic(admin, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        MockHttpSession sysadmin = login("sysadmin", DEMO_PASSWORD);
        mvc.perform(post("/admin/tokens").session(sysadmin).with(csrf()).param("name", "页面申请").param("departmentCode", "HEALTH")
                        .param("regionCode", "532301").param("validDays", "10"))
                .andExpect(flash().attributeCount(1)).andExpect(flash().attributeExists("message"));
        assertThat(storedSecrets(id)).isZero();

        String token = approve(id, "demo-county");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/api-tokens").with(httpBasic("sysadmin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].approvedBy").value(Matchers.contains("demo-county")));
        String page = mvc.perform(get("/admin/tokens").session(sysadmin)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("demo-county").contains("待审批");
        mvc.perform(post("/api/v1/token-approvals/" + id + "/approve").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该令牌申请已审批。"));
    }

    @Test
    @DisplayName("Only a supervisor of the token's region or above approves it; the secret is shown once, to the approver")
    void approverMustCoverTheRegion() throws Exception {
        long prefecture = request("{\"name\":\"州消防\",\"departmentCode\":\"FIRE_RESCUE\",\"regionCode\":\"532300\",\"validDays\":30}");
        mvc.perform(post("/api/v1/token-approvals/" + prefecture + "/approve").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        String sibling = createUser("lf-sup", "532302", Set.of(Role.SUPERVISOR), "Lufeng#Sup2026");
        long county = request("{\"name\":\"市医保\",\"departmentCode\":\"MEDICAL_INSURANCE\",\"regionCode\":\"532301\"}");
        mvc.perform(post("/api/v1/token-approvals/" + county + "/approve").with(httpBasic(sibling, "Lufeng#Sup2026")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/token-approvals").with(httpBasic("demo-township", DEMO_PASSWORD))).andExpect(status().isForbidden());

        MockHttpSession supervisor = login("demo-supervisor", DEMO_PASSWORD);
        String pending = mvc.perform(get("/token-approvals").session(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(pending).contains("州消防").contains("市医保");
        String token = (String) mvc.perform(post("/token-approvals/" + prefecture + "/approve").session(supervisor).with(csrf()))
                .andReturn().getFlashMap().get("issuedToken");
        assertThat(token).startsWith("eot_");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.regionCode").value("532300"));
    }

    @Test
    @DisplayName("A token bound to an institution outside the token's region is refused")
    void institutionMustLieInTheTokensRegion() throws Exception {
        Long institution = jdbc.sql("select id from institution where region_code like '532301%' order by id limit 1")
                .query(Long.class).single();
        mvc.perform(post("/api/v1/admin/api-tokens").with(httpBasic("sysadmin", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"别处机构\",\"institutionId\":" + institution + ",\"regionCode\":\"532302\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.endsWith("不在令牌的数据范围内。")));
        request("{\"name\":\"本地机构\",\"institutionId\":" + institution + ",\"regionCode\":\"532301\"}");
    }

    @Test
    @DisplayName("No part of a bearer value reaches the audit log, neither of a refused value nor of a working token")
    void noPartOfATokenIsAudited() throws Exception {
        String presented = "eot_deadbeefcafe0123456789";
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + presented)).andExpect(status().isUnauthorized());
        String token = approve(request("{\"name\":\"审计对接\",\"departmentCode\":\"AUDIT\",\"regionCode\":\"532301\"}"), "demo-county");
        mvc.perform(post("/api/v1/me").header("Authorization", "Bearer " + token)); // a POST: audited with its caller
        long leaked = jdbc.sql("select count(*) from audit_log where username like ? or username like ? or detail like ?")
                .params("%" + presented.substring(4, 10) + "%", "%" + token.substring(4, 10) + "%", "%" + token.substring(4, 10) + "%")
                .query(Long.class).single();
        assertThat(leaked).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where username = ?").param(BearerTokenFilter.fingerprint(presented))
                .query(Long.class).single()).isEqualTo(1);
    }
}
