package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eldercare.oversight.ListWalk;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** #9 item 11: 机构名录 and 无证机构台账 page by key with real totals and literal, indexed contains-search. */
class RegistryListTests extends FilingTestBase {

    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]*cursor=[^\"]*)\"\\s+rel=\"next\"");

    private String institution(String name) throws Exception {
        String uscc = RegistryFixtures.uscc("532301");
        asCounty(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson(uscc, name, TOWNSHIP))).andExpect(status().isCreated());
        return uscc;
    }

    /** A 无证机构 of 楚雄市 written straight to the register (the form's rules are tested elsewhere). */
    private void site(String name, String address) {
        jdbc.sql("""
                insert into unlicensed_site (name, address, region_code, status, source, discovered_on, created_at, created_by,
                    updated_at, updated_by) values (?, ?, '532301', 'OPEN', 'PATROL', ?, ?, 'test', ?, 'test')""")
                .params(name, address, LocalDate.of(2026, 1, 5), Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
                .update();
    }

    @Test
    @DisplayName("#9-11: the institution list pages forward and back by key, newest archive first, with the total in scope")
    void institutionsPageByKey() throws Exception {
        String tag = unique("jg");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(institution("楚雄市" + tag + "号" + i + "养老院"));
        }
        Collections.reverse(created);
        ListWalk.Walk walk = ListWalk.walk(mvc, httpBasic("demo-county", DEMO_PASSWORD), "/api/v1/institutions",
                Map.of("q", tag, "size", "2"), "uscc");
        assertThat(walk.values()).isEqualTo(created);
        assertThat(walk.pages()).isEqualTo(3);
        assertThat(walk.total()).isEqualTo(5);
        // another county's supervisor sees none of them
        String lufeng = createUser("lf-sup", "532302", java.util.Set.of(org.eldercare.oversight.identity.Role.SUPERVISOR),
                DEMO_PASSWORD);
        mvc.perform(get("/api/v1/institutions").param("q", tag).with(httpBasic(lufeng, DEMO_PASSWORD)))
                .andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.nextCursor").isEmpty());
    }

    @Test
    @DisplayName("#9-11: % and _ in the institution search match themselves; name and code are searched")
    void institutionSearchIsLiteral() throws Exception {
        String tag = unique("lk");
        String percent = institution("楚雄市" + tag + "百分%养老院");
        institution("楚雄市" + tag + "百分X养老院");
        asCounty(get("/api/v1/institutions").param("q", tag + "百分%")).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].uscc").value(percent));
        asCounty(get("/api/v1/institutions").param("q", tag + "百分_")).andExpect(jsonPath("$.total").value(0));
        asCounty(get("/api/v1/institutions").param("q", percent.substring(2).toLowerCase()))
                .andExpect(jsonPath("$.items[0].uscc").value(percent));
    }

    @Test
    @DisplayName("#9-11: the 无证机构台账 pages by key through the API, searched by name or address, % literal")
    void unlicensedSitesPageByKey() throws Exception {
        String tag = unique("wz");
        for (int i = 0; i < 5; i++) {
            site("无证" + tag + "点" + i, "楚雄市测试路" + i + "号");
        }
        site("无证" + tag + "百分%点", "楚雄市" + tag + "巷_1号");
        ListWalk.Walk walk = ListWalk.walk(mvc, httpBasic("demo-county", DEMO_PASSWORD), "/api/v1/unlicensed-sites",
                Map.of("q", tag, "size", "2"), "name");
        assertThat(walk.values()).containsExactly("无证" + tag + "百分%点", "无证" + tag + "点4", "无证" + tag + "点3",
                "无证" + tag + "点2", "无证" + tag + "点1", "无证" + tag + "点0");
        assertThat(walk.total()).isEqualTo(6);
        asCounty(get("/api/v1/unlicensed-sites").param("q", tag + "百分%")).andExpect(jsonPath("$.total").value(1));
        asCounty(get("/api/v1/unlicensed-sites").param("q", tag + "百分_")).andExpect(jsonPath("$.total").value(0));
        asCounty(get("/api/v1/unlicensed-sites").param("q", tag + "巷_1")).andExpect(jsonPath("$.total").value(1));
        asCounty(get("/api/v1/unlicensed-sites").param("q", tag).param("status", "CLOSED")).andExpect(jsonPath("$.total").value(0));
        asCounty(get("/api/v1/unlicensed-sites").param("status", "GONE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("“状态”的取值无效。"));
    }

    @Test
    @DisplayName("#9-11: the 无证机构台账 page shows 20 sites, 共N条 and 下一页 to the rest, without repeating a site")
    void unlicensedSitesPage() throws Exception {
        String tag = unique("ym");
        for (int i = 0; i < 25; i++) {
            site("无证" + tag + "点" + String.format("%02d", i), "楚雄市测试路");
        }
        MockHttpSession county = login("demo-county", DEMO_PASSWORD);
        String first = (mvc.perform(get("/registry/unlicensed").param("q", tag).session(county)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(first).contains("id=\"site-total\">25</span>").contains("无证" + tag + "点24").contains("无证" + tag + "点05")
                .doesNotContain("无证" + tag + "点04");
        Matcher next = NEXT.matcher(first);
        assertThat(next.find()).as("下一页 link").isTrue();
        String second = (mvc.perform(get(next.group(1).replace("&amp;", "&")).session(county)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(second).contains("无证" + tag + "点04").contains("无证" + tag + "点00").doesNotContain("无证" + tag + "点05");
        assertThat(NEXT.matcher(second).find()).as("no 下一页 on the last page").isFalse();
    }

    @Test
    @DisplayName("#9-11: contains-search is backed by trigram indexes that cover Chinese text")
    void searchIsIndexed() {
        List<String> indexes = jdbc.sql("select indexname from pg_indexes where indexdef like '%gin_trgm_ops%'").query(String.class).list();
        assertThat(indexes).contains("institution_name_trgm", "institution_uscc_trgm", "unlicensed_site_name_trgm",
                "unlicensed_site_address_trgm", "user_account_username_trgm", "user_account_display_name_trgm", "audit_log_action_trgm");
        assertThat(jdbc.sql("select coalesce(array_length(show_trgm('夕阳红老年公寓'), 1), 0)").query(Integer.class).single())
                .as("the database's ctype makes Chinese characters word characters").isGreaterThan(0);
    }
}
