package org.eldercare.oversight.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Found by the endpoint matrix (issue #8): a partner system's token opened the pages of its role, reads and posts. */
class ApiTokenReachTests extends IntegrationTest {

    @Test
    @DisplayName("API token: a partner system's token reaches the REST API only; pages answer as to a visitor not logged in")
    void tokenReachesTheApiOnly() throws Exception {
        String json = mvc.perform(post("/api/v1/admin/api-tokens").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"页面检查\",\"departmentCode\":\"FIRE_RESCUE\",\"regionCode\":\"532301\",\"validDays\":3}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String bearer = "Bearer " + JsonPath.read(json, "$.token");
        mvc.perform(get("/api/v1/institutions").header("Authorization", bearer)).andExpect(status().isOk());
        mvc.perform(get("/registry/institutions").header("Authorization", bearer)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/registry/institutions/export").header("Authorization", bearer)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").header("Authorization", bearer)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/registry/unlicensed").header("Authorization", bearer).with(csrf()).param("name", "令牌登记"))
                .andExpect(redirectedUrl("/login"));
    }
}
