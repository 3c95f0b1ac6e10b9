package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * REG-10 (#10 item 1): one legal entity (统一社会信用代码) runs service sites in two townships of one county. Each site has its
 * own filing, receipt and on-site inspection deadline; scope follows the site's township; a sibling county sees neither.
 */
class ServiceSiteTests extends FilingTestBase {

    private static final String OTHER_TOWNSHIP = "532301104000";

    private ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> b) throws Exception {
        return mvc.perform(b.with(httpBasic(user, DEMO_PASSWORD)));
    }

    /** An entity with its seat in 鹿城镇 and a second site in 紫溪镇; returns the code. */
    private String twoSites() throws Exception {
        String uscc = createInstitution();
        asCounty(post("/api/v1/institutions/" + uscc + "/sites").contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson("ignored", "紫溪颐养院" + uscc.substring(10), OTHER_TOWNSHIP)
                        .replace("\"legalRepName\":\"张三\"", "\"legalRepName\":\"另填的人\"")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.siteNo").value(2))
                .andExpect(jsonPath("$.siteCode").value(uscc + "/2")).andExpect(jsonPath("$.uscc").value(uscc))
                .andExpect(jsonPath("$.legalRepName").value("张三")).andExpect(jsonPath("$.legalName").value("楚雄市测试养老院" + uscc.substring(10)));
        return uscc;
    }

    private long filedSite(String uscc, int siteNo) throws Exception {
        String json = asCounty(post("/api/v1/institutions/" + uscc + "/sites/" + siteNo + "/filings")
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"INITIAL\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long filing = ((Number) JsonPath.read(json, "$.id")).longValue();
        completeMaterials(filing);
        asCounty(post("/api/v1/filings/" + filing + "/submit")).andExpect(status().isOk());
        asCounty(post("/api/v1/filings/" + filing + "/accept")).andExpect(status().isOk());
        return filing;
    }

    private long siteId(String uscc, int siteNo) {
        return jdbc.sql("select id from institution where uscc = ? and site_no = ?").params(uscc, siteNo).query(Long.class).single();
    }

    @Test
    @DisplayName("REG-10: each of two sites has its own filing, receipt and REG-3 inspection deadline")
    void eachSiteFilesOnItsOwn() throws Exception {
        String uscc = twoSites();
        long first = filedSite(uscc, 1);
        long second = filedSite(uscc, 2);
        String r1 = JsonPath.read(asCounty(get("/api/v1/filings/" + first)).andReturn().getResponse().getContentAsString(), "$.receiptNo");
        String r2 = JsonPath.read(asCounty(get("/api/v1/filings/" + second)).andReturn().getResponse().getContentAsString(), "$.receiptNo");
        assertThat(r1).isNotBlank().isNotEqualTo(r2);
        asCounty(get("/api/v1/institutions/" + uscc + "/sites")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].filingStatusLabel").value("已备案")).andExpect(jsonPath("$[1].filingStatusLabel").value("已备案"));
        for (int site = 1; site <= 2; site++) {
            assertThat(verificationTasks(siteId(uscc, site))).as("site %d has its own on-site inspection task", site).isEqualTo(1);
        }
    }

    /** The REG-3 备案核查 tasks of a site, each with its tracked due date (opened after the acceptance commits). */
    private long verificationTasks(long site) throws InterruptedException {
        long n = 0;
        for (int i = 0; i < 100 && n == 0; i++) {
            n = jdbc.sql("""
                    select count(*) from inspection_task t join tracked_deadline d on d.source_id = t.id::text
                    where t.institution_id = ? and t.kind = 'FILING_VERIFICATION' and d.due_date = t.due_on""")
                    .param(site).query(Long.class).single();
            Thread.sleep(n == 0 ? 100 : 0);
        }
        return n;
    }

    @Test
    @DisplayName("REG-10: a township officer sees only the site in their township; by code alone it answers that site")
    void townshipSeesItsOwnSite() throws Exception {
        String uscc = twoSites();
        String officer = createUser("zixi", OTHER_TOWNSHIP, Set.of(Role.TOWNSHIP), DEMO_PASSWORD);
        as(officer, get("/api/v1/institutions/" + uscc + "/sites")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].siteNo").value(2));
        as(officer, get("/api/v1/institutions/" + uscc + "/sites/1")).andExpect(status().isNotFound());
        as(officer, get("/api/v1/institutions/" + uscc)).andExpect(status().isOk()).andExpect(jsonPath("$.siteNo").value(2));
        as("demo-township", get("/api/v1/institutions/" + uscc + "/sites/2")).andExpect(status().isNotFound());
        as("demo-township", get("/api/v1/institutions/" + uscc)).andExpect(jsonPath("$.siteNo").value(1));
    }

    @Test
    @DisplayName("REG-10: the county sees both sites and must name one; a sibling county sees neither (404)")
    void countyNamesASiteAndSiblingSeesNone() throws Exception {
        String uscc = twoSites();
        asCounty(get("/api/v1/institutions/" + uscc)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2 个服务场所")));
        asCounty(get("/api/v1/institutions/" + uscc + "/sites/2")).andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCode").value(OTHER_TOWNSHIP));
        String sibling = createUser("shuangbai", "532322", Set.of(Role.SUPERVISOR), DEMO_PASSWORD);
        as(sibling, get("/api/v1/institutions/" + uscc + "/sites")).andExpect(status().isNotFound());
        as(sibling, get("/api/v1/institutions/" + uscc + "/sites/1")).andExpect(status().isNotFound());
        as(sibling, get("/api/v1/institutions/" + uscc + "/sites/2")).andExpect(status().isNotFound());
        as(sibling, post("/api/v1/institutions/" + uscc + "/sites").contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson(uscc, "越界场所", "532322101000"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("REG-10: a further site outside the seat's county needs a branch registration and is refused; nothing is saved")
    void siteInAnotherCountyIsRefused() throws Exception {
        String uscc = createInstitution();
        as("demo-supervisor", post("/api/v1/institutions/" + uscc + "/sites").contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson(uscc, "双柏分院", "532322101000"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("分支机构登记")));
        assertThat(jdbc.sql("select count(*) from institution where uscc = ?").param(uscc).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("REG-10: the entity's legal representative changed on one site holds for all its sites, each change in its history")
    void entityFactsAreShared() throws Exception {
        String uscc = twoSites();
        asCounty(put("/api/v1/institutions/" + uscc + "/sites/2").contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson(uscc, "紫溪颐养院（更名）", OTHER_TOWNSHIP)
                        .replace("\"legalRepName\":\"张三\"", "\"legalRepName\":\"新法人\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.legalRepName").value("新法人"));
        asCounty(get("/api/v1/institutions/" + uscc + "/sites/1")).andExpect(jsonPath("$.legalRepName").value("新法人"))
                .andExpect(jsonPath("$.name").value(org.hamcrest.Matchers.startsWith("楚雄市测试养老院")));
        asCounty(get("/api/v1/institutions/" + uscc + "/sites/1/history"))
                .andExpect(jsonPath("$[0].fields[?(@.field == '法定代表人')].after").value("新法人"));
    }
}
