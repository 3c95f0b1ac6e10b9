package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.eldercare.oversight.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

@ExtendWith(OutputCaptureExtension.class)
class WebSecurityTests extends IntegrationTest {

    @Test
    @DisplayName("Health answers without login with its status only (and the names of its probe groups); metrics need a login")
    void healthPublicMetricsBehindLogin() throws Exception {
        String body = mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("sysadmin", DEMO_PASSWORD))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("Pages need a login: an anonymous visitor is sent to the login page; the API answers 401 in Chinese")
    void anonymousIsRedirectedOrRefused() throws Exception {
        mvc.perform(get("/")).andExpect(MockMvcResultMatchers.redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("未登录"));
    }

    @Test
    @DisplayName("Responses carry security headers (CSP, nosniff, frame denial, referrer policy)")
    void securityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")));
    }

    @Test
    @DisplayName("Bad input: a Chinese RFC 9457 problem with the reason, and nothing is created")
    void badInputChangesNothing() throws Exception {
        String username = unique("bad-region");
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("sysadmin", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username
                                + "\",\"displayName\":\"x\",\"regionCode\":\"123456\",\"roles\":[\"SUPERVISOR\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("所属区划“123456”不存在。"));
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("sysadmin", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请求参数有误，请检查后重试。"));
        mvc.perform(get("/api/v1/admin/users").param("size", "abc").with(httpBasic("sysadmin", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("参数“size”格式不正确。"));
        assertThat(jdbc.sql("select count(*) from user_account where username = ?").param(username).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("Errors: Chinese 404 and 403 pages for browsers, Chinese problem details for API clients, no stack trace")
    void chineseErrorPages() throws Exception {
        var notFound = http("/no-such-page", "demo-county", "text/html");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("页面不存在").doesNotContain("Exception").doesNotContain("at org.");
        var denied = http("/admin/users", "demo-county", "text/html");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("无权访问");
        var apiNotFound = http("/api/v1/no-such-endpoint", "demo-county", "application/json");
        assertThat(apiNotFound.statusCode()).isEqualTo(404);
        assertThat(apiNotFound.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        assertThat(apiNotFound.body()).contains("请求的资源不存在。").doesNotContain("trace");
    }

    @Test
    @DisplayName("Logs never contain passwords or API tokens")
    void logsContainNoSecrets(CapturedOutput output) throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("demo-county", "Wrong#Password1"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic("demo-county", DEMO_PASSWORD))).andExpect(status().isOk());
        String token = ApiTokenTests.issueApproved(mvc,
                "{\"name\":\"日志检查\",\"departmentCode\":\"HEALTH\",\"regionCode\":\"532301\",\"validDays\":3}")[1];
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token + "x")).andExpect(status().isUnauthorized());
        assertThat(output.getAll()).doesNotContain(DEMO_PASSWORD).doesNotContain("Wrong#Password1").doesNotContain(token)
                .doesNotContain(token.substring(0, 10));
    }

    @Test
    @DisplayName("The OpenAPI description of the REST API is published to the system administrator only")
    void openApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").with(httpBasic("demo-county", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs").with(httpBasic("sysadmin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.paths['/api/v1/regions/{code}']").exists());
    }
}
