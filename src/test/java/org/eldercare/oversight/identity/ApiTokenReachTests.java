package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.concurrent.ThreadLocalRandom;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.codes.Uscc;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Found by the endpoint matrix (issue #8): a partner system's token opened the pages of its role, reads and posts; an
 * institution's token signed the institution's 书面信用承诺.
 */
class ApiTokenReachTests extends IntegrationTest {

    @Test
    @DisplayName("API token: a partner system's token reaches the REST API only; pages answer as to a visitor not logged in")
    void tokenReachesTheApiOnly() throws Exception {
        String bearer = "Bearer " + ApiTokenTests.issueApproved(mvc,
                "{\"name\":\"页面检查\",\"departmentCode\":\"FIRE_RESCUE\",\"regionCode\":\"532301\",\"validDays\":3}")[1];
        mvc.perform(get("/api/v1/institutions").header("Authorization", bearer)).andExpect(status().isOk());
        mvc.perform(get("/registry/institutions").header("Authorization", bearer)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/registry/institutions/export").header("Authorization", bearer)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").header("Authorization", bearer)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/registry/unlicensed").header("Authorization", bearer).with(csrf()).param("name", "令牌登记"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    @DisplayName("Found by the endpoint matrix (issue #8 item 3): an institution's partner-system token does not sign its 书面信用承诺")
    void institutionTokenDoesNotSignTheCommitment() throws Exception {
        String uscc = Uscc.complete("52532301MT" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000))).value();
        long institution = asCounty(post("/api/v1/institutions").content("""
                {"uscc":"%s","name":"令牌承诺检查养老院%s","legalForm":"NON_PROFIT","kind":"NURSING_HOME",
                 "address":"楚雄市鹿城镇令牌路1号","regionCode":"532301101000","legalRepName":"张三","principalName":"李四",
                 "contactName":"王五","contactPhone":"13812345678","bedsTotal":100,"nursingBeds":60,"residents":40,
                 "staff":20,"fireAcceptance":"PASSED","operatingStatus":"OPERATING"}""".formatted(uscc, uscc.substring(10))));
        long filing = asCounty(post("/api/v1/institutions/" + uscc + "/filings").content("{\"kind\":\"INITIAL\"}"));
        // the approver (a supervisor) receives the secret: were the token to sign, he could sign as the institution
        String bearer = "Bearer " + ApiTokenTests.issueApproved(mvc,
                "{\"name\":\"机构对接\",\"institutionId\":" + institution + ",\"regionCode\":\"532301\"}")[1];
        mvc.perform(get("/api/v1/filings/" + filing).header("Authorization", bearer)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/filings/" + filing + "/commitment").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"signerName\":\"李四\",\"signerTitle\":\"院长\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(startsWith("书面信用承诺须由机构本单位账户签署")));
        assertThat(jdbc.sql("select count(*) from credit_commitment where filing_id = ?").param(filing).query(Long.class).single())
                .isZero();
    }

    /** A JSON post of the county supervisor (demo-county) that creates something; the new record's id. */
    private long asCounty(MockHttpServletRequestBuilder request) throws Exception {
        String json = mvc.perform(request.with(httpBasic("demo-county", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
