package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue #8 item 5: metrics, the other actuator endpoints and the API description only for the system administrator. */
class ObservabilityAccessTests extends IntegrationTest {

    private static final List<String> SYSADMIN_ONLY = List.of("/actuator/prometheus", "/actuator/metrics",
            "/actuator/metrics/jvm.memory.used", "/actuator", "/actuator/info", "/v3/api-docs", "/v3/api-docs/swagger-config",
            "/swagger-ui.html", "/swagger-ui/index.html");
    /** Institution and department accounts, the other business roles and the other two administrators. */
    private static final List<String> OTHERS = List.of("demo-institution", "demo-department", "demo-county", "demo-supervisor",
            "demo-township", "demo-inspector", "secadmin", "auditadmin");

    @Test
    @DisplayName("Metrics, actuator and API docs: the system administrator reads them; every other account gets 403")
    void onlyTheSystemAdministrator() throws Exception {
        for (String path : SYSADMIN_ONLY) {
            int admin = mvc.perform(get(path).with(httpBasic("sysadmin", DEMO_PASSWORD))).andReturn().getResponse().getStatus();
            assertThat(admin).as("sysadmin " + path).isBetween(200, 399);
            for (String user : OTHERS) {
                int status = mvc.perform(get(path).with(httpBasic(user, DEMO_PASSWORD))).andReturn().getResponse().getStatus();
                assertThat(status).as(user + " " + path).isEqualTo(403);
            }
        }
        mvc.perform(get("/v3/api-docs").with(httpBasic("sysadmin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.paths['/api/v1/regions/{code}']").exists());
        mvc.perform(get("/actuator/metrics").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.detail").value("您无权执行此操作。"));
    }

    @Test
    @DisplayName("Without login: metrics and API docs answer 401, Swagger UI sends to the login page, health shows only its status")
    void anonymous() throws Exception {
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/info", "/v3/api-docs")) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/swagger-ui/index.html")).andExpect(redirectedUrl("/login"));
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            String body = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(body).as(path).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
        }
    }

    @Test
    @DisplayName("No network is trusted by default: Prometheus from the loopback address still needs the administrator's login")
    void noTrustedNetworkByDefault() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(r -> {
            r.setRemoteAddr("127.0.0.1");
            return r;
        })).andExpect(status().isUnauthorized());
    }
}
