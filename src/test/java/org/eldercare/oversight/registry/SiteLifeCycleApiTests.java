package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.registry.archive.TransitionWarnings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** REG-12 and REG-13 (#10 item 4) through the API, the archive page and the daily sweep. */
class SiteLifeCycleApiTests extends FilingTestBase {

    private static final String ZIXI = "532301104000";

    @Autowired
    TransitionWarnings warnings;

    private String institution(String kind, String township) throws Exception {
        String uscc = RegistryFixtures.uscc("532301");
        asCounty(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson(uscc, "生命周期测试" + uscc.substring(10), township)
                        .replace("\"NURSING_HOME\"", "\"" + kind + "\""))).andExpect(status().isCreated());
        return uscc;
    }

    private long idOf(String uscc) {
        return jdbc.sql("select id from institution where uscc = ?").param(uscc).query(Long.class).single();
    }

    private static String ending(String event, String successor) {
        return "{\"event\":\"%s\",\"successor\":\"%s\",\"date\":\"2026-10-30\",\"reason\":\"“1+N”模式优化调整\"}".formatted(event, successor);
    }

    @Test
    @DisplayName("REG-13 a 敬老院 merged into a township centre stops, links its successor, and the successor's page names it")
    void mergerLinksTheSuccessor() throws Exception {
        String home = institution("RURAL_CENTER", TOWNSHIP);
        String centre = institution("RURAL_CENTER", ZIXI);
        asCounty(post("/api/v1/institutions/" + home + "/life-event").contentType(MediaType.APPLICATION_JSON).content(ending("MERGED", centre)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.operatingStatus").value("TERMINATED"))
                .andExpect(jsonPath("$.lifeEventLabel").value("撤并")).andExpect(jsonPath("$.successorId").value(idOf(centre)));
        asCounty(post("/api/v1/institutions/" + home + "/life-event").contentType(MediaType.APPLICATION_JSON).content(ending("MERGED", centre)))
                .andExpect(status().isConflict());
        String page = mvc.perform(get("/registry/institutions/" + idOf(centre)).session(login("demo-county", DEMO_PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("承继自").contains("生命周期测试" + home.substring(10));
        asCounty(get("/api/v1/institutions/" + home + "/history"))
                .andExpect(jsonPath("$[0].action").value("LIFE_EVENT"))
                .andExpect(jsonPath("$[0].fields[?(@.field == '承继场所')].after").value("生命周期测试" + centre.substring(10) + "（" + centre + "）"));
    }

    @Test
    @DisplayName("REG-13 a filed site that ended by 撤并 leaves the public directory; its public page says 已终止")
    void endedSiteLeavesThePublicDirectory() throws Exception {
        String home = institution("RURAL_CENTER", TOWNSHIP);
        asCounty(post("/api/v1/filings/" + submittedFiling(home) + "/accept")).andExpect(status().isOk());
        String part = "生命周期测试" + home.substring(10);
        mvc.perform(get("/api/v1/public/institutions").param("q", part).with(visitor())).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1));
        asCounty(post("/api/v1/institutions/" + home + "/life-event").contentType(MediaType.APPLICATION_JSON)
                .content(ending("MERGED", institution("RURAL_CENTER", ZIXI)))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/public/institutions").param("region", "532301").param("q", part).with(visitor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/v1/public/institutions/" + idOf(home)).with(visitor())).andExpect(status().isOk())
                .andExpect(jsonPath("$.facts.operatingStatus").value("已终止"));
    }

    /** An anonymous visitor from an address of its own (TEST-NET-3), clear of other tests' rate limits. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor visitor() {
        return r -> {
            r.setRemoteAddr("203.0.113.77");
            return r;
        };
    }

    @Test
    @DisplayName("REG-13 转型 into a 日间照料中心 works; into a nursing home or a site outside the caller's scope it is refused")
    void transformationRules() throws Exception {
        String home = institution("RURAL_CENTER", TOWNSHIP);
        asCounty(post("/api/v1/institutions/" + home + "/life-event").contentType(MediaType.APPLICATION_JSON)
                .content(ending("TRANSFORMED", institution("NURSING_HOME", ZIXI)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("转型的承继场所须为日间照料中心或农村互助养老服务站。"));
        String township = createUser("lc", TOWNSHIP, Set.of(Role.SUPERVISOR), DEMO_PASSWORD);
        mvc.perform(post("/api/v1/institutions/" + home + "/life-event").with(httpBasic(township, DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(ending("TRANSFORMED", institution("DAY_CARE", ZIXI))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("未在您的辖区找到承继场所")));
        asCounty(post("/api/v1/institutions/" + home + "/life-event").contentType(MediaType.APPLICATION_JSON)
                .content(ending("TRANSFORMED", institution("DAY_CARE", ZIXI)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.lifeEventLabel").value("转型"));
    }

    @Test
    @DisplayName("REG-12 a transition period ending within the region's warning time is announced once to the county's supervisors")
    void transitionEndIsAnnouncedOnce() throws Exception {
        LocalDate today = LocalDate.now(clock());
        String soon = institution("NURSING_HOME", TOWNSHIP);
        String later = institution("NURSING_HOME", TOWNSHIP);
        asCounty(put("/api/v1/institutions/" + soon + "/transition-period").contentType(MediaType.APPLICATION_JSON)
                .content("{\"startsOn\":\"" + today.minusYears(5).plusDays(100) + "\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.transitionEndsOn").value(today.plusDays(100).toString()));
        asCounty(put("/api/v1/institutions/" + later + "/transition-period").contentType(MediaType.APPLICATION_JSON)
                .content("{\"startsOn\":\"" + today.minusYears(5).plusDays(200) + "\"}")).andExpect(status().isOk());
        warnings.sweep();
        warnings.sweep();
        assertThat(announcements(soon)).containsExactly(today.plusDays(100));
        assertThat(announcements(later)).as("200 days ahead is beyond the preset 180").isEmpty();
    }

    @Test
    @DisplayName("REG-12 the warning time is a regional setting: a township that warns a year ahead is told at 200 days")
    void warningTimeIsARegionalSetting() throws Exception {
        LocalDate today = LocalDate.now(clock());
        String site = institution("NURSING_HOME", ZIXI);
        asCounty(put("/api/v1/institutions/" + site + "/transition-period").contentType(MediaType.APPLICATION_JSON)
                .content("{\"startsOn\":\"" + today.minusYears(5).plusDays(200) + "\"}")).andExpect(status().isOk());
        jdbc.sql("insert into registry_setting (region_code, key, value) values (?, 'transition.warning.days', 365) "
                + "on conflict (region_code, key) do update set value = 365").param(ZIXI).update();
        try {
            warnings.sweep();
            assertThat(announcements(site)).containsExactly(today.plusDays(200));
        } finally {
            jdbc.sql("delete from registry_setting where region_code = ? and key = 'transition.warning.days'").param(ZIXI).update();
        }
    }

    private java.util.List<LocalDate> announcements(String uscc) {
        return jdbc.sql("select due_date from todo_item where source_type = ? and source_id = ? and role = 'SUPERVISOR'")
                .params(TransitionWarnings.TASK, String.valueOf(idOf(uscc))).query(LocalDate.class).list();
    }
}
