package org.eldercare.oversight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Maintenance of what is published: a site's own fee items (DIS-1) and the bureau's publications (DIS-2). */
class DisclosureMaintenanceTests extends IntegrationTest {

    private static final String FEES = """
            {"serviceItems":"生活照料、膳食服务","houseRules":"探视制度","complaintPhone":"0878-3125678","version":%s,
             "fees":[{"item":"床位费","unit":"月","price":"%s","method":"按月预收"},{"item":"护理费","unit":"月","price":"1800"}]}""";
    @Autowired
    WorkingDayCalendar calendar;
    private DisclosureFixtures fixtures;
    private String tag;

    @BeforeEach
    void setUp() {
        fixtures = new DisclosureFixtures(mvc);
        tag = String.valueOf(100000 + ThreadLocalRandom.current().nextInt(900000));
    }

    @Test
    @DisplayName("DIS-1: an institution publishes its own fee items (公示 today, public at once), never another site's")
    void institutionEditsOnlyItsOwnFeeItems() throws Exception {
        DisclosureFixtures.Site own = fixtures.site("楚雄市鹿城镇自公" + tag + "养老院", true);
        DisclosureFixtures.Site other = fixtures.site("楚雄市鹿城镇他公" + tag + "养老院", true);
        String account = createUser("inst", "532301", Set.of(Role.INSTITUTION), DEMO_PASSWORD);
        linkInstitution(account, own.id());
        String url = "/api/v1/disclosure/sites/" + own.id();
        mvc.perform(put(url).with(httpBasic(account, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(FEES.formatted("null", "900.5")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.fees.length()").value(2))
                .andExpect(jsonPath("$.fees[0].price").value(900.5)).andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.publishedOn").value(LocalDate.now(clock).toString()));
        // a stale version is a 409, bad input a Chinese 400; neither changes anything
        mvc.perform(put(url).with(httpBasic(account, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(FEES.formatted("null", "1000"))).andExpect(status().isConflict());
        mvc.perform(put(url).with(httpBasic(account, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(FEES.formatted("0", "-3")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("第1项")));
        mvc.perform(get(url).with(httpBasic(account, DEMO_PASSWORD))).andExpect(jsonPath("$.fees[0].price").value(900.5));
        // another site: as if it did not exist; a supervisor may look but not publish
        mvc.perform(put("/api/v1/disclosure/sites/" + other.id()).with(httpBasic(account, DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(FEES.formatted("null", "1"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/disclosure/sites/" + other.id()).with(httpBasic(account, DEMO_PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(put(url).with(httpBasic("demo-county", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(FEES.formatted("0", "1"))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(httpBasic("demo-county", DEMO_PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.complaintPhone").value("0878-3125678"));
        String page = mvc.perform(get("/public/institutions/" + own.id())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("床位费", "900.50", "按月预收", "0878-3125678", "生活照料、膳食服务");
    }

    @Test
    @DisplayName("DIS-1: supervisors see a site's publication only within their region (sibling county 404)")
    void siteScope() throws Exception {
        DisclosureFixtures.Site site = fixtures.site("楚雄市鹿城镇辖区" + tag + "养老院", true);
        String sibling = createUser("sup", "532302", Set.of(Role.SUPERVISOR), DEMO_PASSWORD);
        mvc.perform(get("/api/v1/disclosure/sites/" + site.id()).with(httpBasic(sibling, DEMO_PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/disclosure/sites/" + site.id()).with(httpBasic(sibling, DEMO_PASSWORD))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("DIS-2: a publication carries the deadline its event gave (10 working days, a setting) and shows 按期 or 逾期")
    void publicationDeadlines() throws Exception {
        LocalDate event = LocalDate.now(clock).minusDays(60);
        LocalDate due = calendar.deadline(event, 10).deadline();
        String body = """
                {"regionCode":"532301","category":"POLICY","title":"%s","level":"PROVINCIAL","typeTag":"1.2","eventDate":"%s",
                 "publishedOn":"%s","link":"https://example.gov.cn/p.html"}""";
        mvc.perform(post("/api/v1/disclosure/publications").with(httpBasic("demo-county", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("按期文件" + tag, event, due)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.dueDate").value(due.toString()))
                .andExpect(jsonPath("$.onTime").value(true)).andExpect(jsonPath("$.timeliness").value("按期"));
        mvc.perform(post("/api/v1/disclosure/publications").with(httpBasic("demo-county", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("逾期文件" + tag, event, due.plusDays(1))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.timeliness").value("逾期"));
        mvc.perform(post("/api/v1/disclosure/publications").with(httpBasic("demo-county", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("坏日期" + tag, event, event.minusDays(1))))
                .andExpect(status().isBadRequest());
        String list = mvc.perform(get("/public/disclosures?region=532301101000")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("按期文件" + tag, "逾期文件" + tag, "逾期").doesNotContain("坏日期" + tag);
    }

    @Test
    @DisplayName("DIS-2: supervisors publish and withdraw within their region; a sibling county's publication is a 404")
    void publicationScope() throws Exception {
        String sibling = createUser("sup", "532302", Set.of(Role.SUPERVISOR), DEMO_PASSWORD);
        String json = mvc.perform(post("/api/v1/disclosure/publications").with(httpBasic("demo-county", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"regionCode":"532301","category":"PROCEDURE","title":"备案办理指南%s","eventDate":"%s"}"""
                        .formatted(tag, LocalDate.now(clock).minusDays(2)))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = DisclosureFixtures.id(json, "$.id");
        mvc.perform(post("/api/v1/disclosure/publications").with(httpBasic(sibling, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"regionCode\":\"532301\",\"category\":\"POLICY\",\"title\":\"越权\",\"eventDate\":\"2025-01-02\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/disclosure/publications/" + id).with(httpBasic(sibling, DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        String siblingList = mvc.perform(get("/api/v1/disclosure/publications").with(httpBasic(sibling, DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(siblingList).doesNotContain("备案办理指南" + tag);
        mvc.perform(delete("/api/v1/disclosure/publications/" + id).with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from disclosure_publication where id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("DIS-2: a county sets its own period (others inherit the preset); its publications take it; outside its scope 404")
    void deadlineSettings() throws Exception {
        String county = "532322";
        String supervisor = createUser("sup", county, Set.of(Role.SUPERVISOR), DEMO_PASSWORD);
        String url = "/api/v1/disclosure/settings/" + county;
        mvc.perform(put(url).with(httpBasic(supervisor, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{\"POLICY\":0}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put(url).with(httpBasic(supervisor, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{\"POLICY\":5}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].workingDays").value(5)).andExpect(jsonPath("$[0].own").value(true))
                .andExpect(jsonPath("$[3].key").value("FILING_LIST")).andExpect(jsonPath("$[3].workingDays").value(20))
                .andExpect(jsonPath("$[3].own").value(false));
        LocalDate event = LocalDate.now(clock).minusDays(30);
        mvc.perform(post("/api/v1/disclosure/publications").with(httpBasic(supervisor, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"regionCode":"%s","category":"POLICY","title":"期限%s","eventDate":"%s"}""".formatted(county, tag, event)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.dueDate").value(calendar.deadline(event, 5).deadline().toString()));
        mvc.perform(get("/api/v1/disclosure/settings/532301").with(httpBasic(supervisor, DEMO_PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(put(url).with(httpBasic(supervisor, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(jsonPath("$[0].workingDays").value(10)).andExpect(jsonPath("$[0].own").value(false));
    }
}
