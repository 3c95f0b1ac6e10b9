package org.eldercare.oversight.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.inspection.RiskSignals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** #13 items 3, 4, 6: the COMPLAINT risk signal, open days and opinion records (CMP-2), the statistics card and export. */
class ComplaintLinksTests extends ComplaintFixtures {

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("complaintRiskSignals")
    RiskSignals signals;

    @Test
    @DisplayName("INS-3/CMP-1: a site with three complaints in twelve months carries the COMPLAINT risk signal; with two it does not")
    void riskSignal() throws Exception {
        String sup = supervisor(COUNTY);
        long site = institution(sup);
        for (int i = 0; i < 2; i++) {
            aboutSite(site, unique("机构投诉"));
        }
        String path = jdbc.sql("select path from region where code = ?").param(COUNTY).query(String.class).single();
        assertThat(signals.signalsUnder(path)).doesNotContainKey(site);
        aboutSite(site, unique("机构投诉"));
        assertThat(signals.signalsUnder(path)).containsEntry(site, Set.of(RiskSignals.Signal.COMPLAINT));
    }

    @Test
    @DisplayName("CMP-2: a site records its open day and an opinion; the county's supervisor sees them, the sibling's does not")
    void openDays() throws Exception {
        String sup = supervisor(COUNTY);
        long site = institution(sup);
        String account = createUser("cmp-inst", COUNTY, Set.of(Role.INSTITUTION), PASSWORD);
        linkInstitution(account, site);
        MockHttpSession session = login(account, PASSWORD);
        String title = unique("开放日");
        mvc.perform(post("/complaints/open-days").session(session).with(csrf()).param("heldOn", "2026-05-20").param("title", title)
                .param("participants", "人大代表、家属").param("visitors", "25"));
        mvc.perform(post("/complaints/opinions").session(session).with(csrf()).param("receivedOn", "2026-05-20")
                .param("source", "OPEN_DAY").param("content", title + "：建议增加户外活动").param("response", "已调整作息"));
        assertThat(mvc.perform(get("/complaints/open-days").session(login(sup, PASSWORD))).andReturn().getResponse().getContentAsString())
                .contains(title, "建议增加户外活动");
        String sibling = supervisor(SIBLING);
        assertThat(mvc.perform(get("/complaints/open-days").session(login(sibling, PASSWORD))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(title);
    }

    @Test
    @DisplayName("CMP-1: the workbench card and the statistics count the county's complaints; the Excel export is a spreadsheet")
    void statistics() throws Exception {
        String sup = supervisor(COUNTY);
        registered("PRICE", unique("统计投诉"), null);
        MockHttpSession session = login(sup, PASSWORD);
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString())
                .contains("hx-get=\"/complaints/workbench-card\"");
        String card = mvc.perform(get("/complaints/workbench-card").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(card).contains("complaint-chart", "5个工作日内反馈率");
        MockHttpServletResponse api = mvc.perform(get("/api/v1/complaints/figures").with(as(sup))).andReturn().getResponse();
        assertThat(((Number) JsonPath.read(api.getContentAsString(), "$.total.total")).intValue()).isPositive();
        java.util.List<String> names = JsonPath.read(api.getContentAsString(), "$.categories[?(@.key=='PRICE')].name");
        assertThat(names).containsExactly("收费价格");
        MockHttpServletResponse xlsx = mvc.perform(get("/complaints/figures.xlsx").session(session)).andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
    }

    private void aboutSite(long site, String summary) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/api/v1/public/complaints").with(from(newAddress()))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"institution":%d,"category":"SERVICE","summary":"%s","content":"饭菜质量差","anonymous":true}"""
                        .formatted(site, summary))).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
    }

    /** A site in a township of the county, created by the county's supervisor. */
    private long institution(String sup) throws Exception {
        String township = jdbc.sql("select min(code) from region where parent_code = ?").param(COUNTY).query(String.class).single();
        String uscc = Uscc.complete("52" + COUNTY + "CP" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000))).value();
        String json = """
                {"uscc":"%s","name":"投诉测试养老院%s","legalForm":"NON_PROFIT","kind":"NURSING_HOME","address":"测试路1号","regionCode":"%s",
                 "legalRepName":"张三","principalName":"李四","contactName":"王五","contactPhone":"13812345678","bedsTotal":50,
                 "nursingBeds":0,"residents":20,"staff":10,"fireAcceptance":"PASSED","operatingStatus":"OPERATING"}"""
                .formatted(uscc, uscc.substring(10), township);
        MockHttpServletResponse r = mvc.perform(post("/api/v1/institutions").with(as(sup)).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return ((Number) JsonPath.read(r.getContentAsString(), "$.id")).longValue();
    }
}
