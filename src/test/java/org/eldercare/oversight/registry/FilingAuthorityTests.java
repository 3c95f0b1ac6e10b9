package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.codes.Uscc;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * REG-3 (#10 item 5) the filing authority: 营利性 files with the county bureau of the site, 非营利 with the bureau at its
 * registrar's level (from the area digits of the 统一社会信用代码). The receipt number, the receipt and who decides follow
 * the authority; a prefecture supervisor deciding a county's filing is recorded as deciding on its behalf.
 */
class FilingAuthorityTests extends FilingTestBase {

    private ResultActions asPrefecture(AbstractMockHttpServletRequestBuilder<?> b) throws Exception {
        return mvc.perform(b.with(httpBasic("demo-supervisor", DEMO_PASSWORD)));
    }

    /** An institution in 楚雄市鹿城镇 with the given legal form and first 8 characters of its code (authority type, area). */
    private String institution(String legalForm, String head) throws Exception {
        String uscc = Uscc.complete(head + RegistryFixtures.uscc("532301").substring(8, 17)).value();
        asCounty(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson(uscc, "备案机关测试养老院" + uscc.substring(10), TOWNSHIP)
                        .replace("\"NON_PROFIT\"", "\"" + legalForm + "\"")))
                .andExpect(status().isCreated());
        return uscc;
    }

    private String authorityOf(long filing) throws Exception {
        return JsonPath.read(asCounty(get("/api/v1/filings/" + filing)).andReturn().getResponse().getContentAsString(), "$.authorityCode");
    }

    private static String year(Clock clock) {
        return String.valueOf(LocalDate.now(clock).getYear());
    }

    @Test
    @DisplayName("REG-3 营利性 files with the county bureau of the site, even when its licence was issued at the prefecture")
    void forProfitFilesWithTheCountyOfTheSite() throws Exception {
        long filing = draft(institution("FOR_PROFIT", "91532300"), "{}");
        asCounty(get("/api/v1/filings/" + filing + "/checklist")).andExpect(status().isOk())
                .andExpect(jsonPath("$.authority.code").value("532301")).andExpect(jsonPath("$.authority.name").value("楚雄市民政局"));
        completeMaterials(filing);
        asCounty(post("/api/v1/filings/" + filing + "/submit")).andExpect(status().isOk())
                .andExpect(jsonPath("$.authorityCode").value("532301"));
        String receipt = JsonPath.read(asCounty(post("/api/v1/filings/" + filing + "/accept")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.receiptNo");
        assertThat(receipt).startsWith("楚民养备〔" + year(clock()) + "〕");
        asCounty(get("/api/v1/filings/" + filing)).andExpect(jsonPath("$.transitions[2].deciderRegionCode").value("532301"))
                .andExpect(jsonPath("$.transitions[2].note").doesNotExist());
    }

    @Test
    @DisplayName("REG-3 非营利 registered at the prefecture files with the prefecture bureau: its receipt prefix and counter, its"
            + " name on the receipt; the county may read the filing but not decide it")
    void nonProfitRegisteredAtThePrefectureFilesThere() throws Exception {
        long filing = draft(institution("NON_PROFIT", "52532300"), "{}");
        completeMaterials(filing);
        asCounty(post("/api/v1/filings/" + filing + "/submit")).andExpect(status().isOk())
                .andExpect(jsonPath("$.authorityCode").value("532300"));
        assertThat(jdbc.sql("select region_code from todo_item where source_type = 'registry.filing-review' and source_id = ?")
                .param(String.valueOf(filing)).query(String.class).single()).as("the review is on the prefecture's desk")
                .isEqualTo("532300");

        asCounty(post("/api/v1/filings/" + filing + "/accept")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("该备案的备案机关为楚雄彝族自治州民政局，只有楚雄彝族自治州民政局或其上级民政部门可以作出备案决定。"));
        asCounty(post("/api/v1/filings/" + filing + "/return").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        asCounty(get("/api/v1/filings/" + filing)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));

        String receipt = JsonPath.read(asPrefecture(post("/api/v1/filings/" + filing + "/accept")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.receiptNo");
        String prefix = jdbc.sql("select prefix from receipt_prefix where region_code = '532300'").query(String.class).single();
        assertThat(prefix).isNotEqualTo("楚民养备");
        assertThat(receipt).startsWith(prefix + "〔" + year(clock()) + "〕");
        int last = jdbc.sql("select last from receipt_counter where region_code = '532300' and year = ?")
                .param(LocalDate.now(clock()).getYear()).query(Integer.class).single();
        assertThat(receipt).endsWith(String.format("%04d号", last));
        asPrefecture(get("/api/v1/filings/" + filing)).andExpect(jsonPath("$.transitions[2].deciderRegionCode").value("532300"))
                .andExpect(jsonPath("$.transitions[2].note").doesNotExist());

        byte[] pdf = asCounty(get("/api/v1/filings/" + filing + "/receipt.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(FilingReceiptTests.shownText(pdf)).contains(receipt, "楚雄彝族自治州民政局").doesNotContain("楚雄市民政局");
        // a revocation is the authority's too
        asCounty(post("/api/v1/filings/" + filing + "/revoke").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("REG-3 a prefecture supervisor deciding a county's filing is recorded as deciding on its behalf; the receipt is"
            + " the county's")
    void prefectureDecidesOnBehalfOfTheCounty() throws Exception {
        long filing = submittedFiling(createInstitution());
        String receipt = JsonPath.read(asPrefecture(post("/api/v1/filings/" + filing + "/accept")).andExpect(status().isOk())
                .andExpect(jsonPath("$.transitions[2].deciderRegionCode").value("532300"))
                .andExpect(jsonPath("$.transitions[2].note").value("楚雄彝族自治州民政局代为决定（备案机关：楚雄市民政局）"))
                .andReturn().getResponse().getContentAsString(), "$.receiptNo");
        assertThat(authorityOf(filing)).isEqualTo("532301");
        assertThat(receipt).startsWith("楚民养备〔");
        assertThat(jdbc.sql("select decider_level from filing_transition where filing_id = ? and to_status = 'FILED'").param(filing)
                .query(Integer.class).single()).isEqualTo(2);
        String text = FilingReceiptTests.shownText(asCounty(get("/api/v1/filings/" + filing + "/receipt.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("楚雄市民政局", "楚雄彝族自治州民政局代为决定");
        String page = mvc.perform(get("/registry/filings/" + filing).session(login("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("备案机关：<strong>楚雄市民政局</strong>", "楚雄彝族自治州民政局代为决定（备案机关：楚雄市民政局）");
    }

    @Test
    @DisplayName("REG-3 公办 (事业单位) is non-profit: registered at the province, it files with the provincial 民政厅")
    void publicInstitutionRegisteredAtTheProvince() throws Exception {
        long filing = draft(institution("PUBLIC", "12530000"), "{}");
        asCounty(get("/api/v1/filings/" + filing + "/checklist")).andExpect(jsonPath("$.authority.code").value("530000"))
                .andExpect(jsonPath("$.authority.name").value("云南省民政厅"));
        String page = mvc.perform(get("/registry/filings/" + filing).session(login("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("备案机关：<strong>云南省民政厅</strong>", "提交时记录");
    }
}
