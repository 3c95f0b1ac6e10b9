package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class ApiTokenTests extends IntegrationTest {

    /** The system administrator requests the token, the prefecture's 民政监管员 approves it and receives the secret (三员分立). */
    private String[] issue(String body) throws Exception {
        return issueApproved(mvc, body);
    }

    static String[] issueApproved(MockMvc mvc, String body) throws Exception {
        String json = mvc.perform(post("/api/v1/admin/api-tokens").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String approved = mvc.perform(post("/api/v1/token-approvals/" + id + "/approve").with(httpBasic("demo-supervisor", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new String[] {String.valueOf(id), JsonPath.read(approved, "$.token")};
    }

    @Test
    @DisplayName("API token: a partner system authenticates with its bearer token, scoped to its department and region")
    void bearerTokenAuthenticates() throws Exception {
        String[] t = issue("{\"name\":\"州消防支队系统\",\"departmentCode\":\"FIRE_RESCUE\",\"regionCode\":\"532300\",\"validDays\":30}");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + t[1]))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.departmentCode").value("FIRE_RESCUE"))
                .andExpect(jsonPath("$.regionCode").value("532300"));
        mvc.perform(get("/api/v1/regions/532301").header("Authorization", "Bearer " + t[1])).andExpect(status().isOk());
        mvc.perform(get("/api/v1/regions/320600").header("Authorization", "Bearer " + t[1])).andExpect(status().isNotFound());
        // stored only as a hash
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ? or token_prefix = ?")
                .params(t[1], t[1]).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("API token: a revoked token is refused at once with a Chinese 401 problem")
    void revokedTokenIsRefused() throws Exception {
        String[] t = issue("{\"name\":\"医保对接\",\"departmentCode\":\"MEDICAL_INSURANCE\",\"regionCode\":\"532301\",\"validDays\":30}");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + t[1])).andExpect(status().isOk());
        mvc.perform(post("/api/v1/admin/api-tokens/" + t[0] + "/revoke").with(httpBasic("sysadmin", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + t[1]))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("请先登录：提供有效的用户名和密码或API令牌。"));
        mvc.perform(post("/api/v1/admin/api-tokens/" + t[0] + "/revoke").with(httpBasic("sysadmin", DEMO_PASSWORD)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该令牌已撤销。"));
    }

    @Test
    @DisplayName("API token: an expired token is refused")
    void expiredTokenIsRefused() throws Exception {
        String[] t = issue("{\"name\":\"短期令牌\",\"departmentCode\":\"HEALTH\",\"regionCode\":\"532301\",\"validDays\":1}");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + t[1])).andExpect(status().isOk());
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + t[1])).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("API token: a token must be bound to a department or an institution")
    void tokenNeedsBinding() throws Exception {
        mvc.perform(post("/api/v1/admin/api-tokens").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"无绑定\",\"regionCode\":\"532301\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("令牌须绑定一个部门或一家机构。"));
        mvc.perform(post("/api/v1/admin/api-tokens").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"机构系统\",\"institutionId\":987654321,\"regionCode\":\"532301\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("关联机构编号 987654321 不存在。"));
    }

    @Test
    @DisplayName("API token: a made-up token gets 401, and a token holder cannot reach administration")
    void unknownTokenAndNoAdmin() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer eot_0000000000000000")).andExpect(status().isUnauthorized());
        String[] t = issue("{\"name\":\"公安对接\",\"departmentCode\":\"PUBLIC_SECURITY\",\"regionCode\":\"532301\",\"validDays\":5}");
        mvc.perform(get("/api/v1/admin/users").header("Authorization", "Bearer " + t[1])).andExpect(status().isForbidden());
    }
}
