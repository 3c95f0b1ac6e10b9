package org.eldercare.oversight.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * #9 item 11 (region tree): 行政区划 shows the administrator's region one level at a time, each node's children loaded
 * when it is opened, and finds a division by name or code through an index, a capped number of results at a time; never
 * the 45,000 divisions of the country in one page.
 */
class RegionTreeTests extends IntegrationTest {

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("#9 item 11: the tree opens on the provinces only; opening 楚雄市 loads its 15 townships")
    void treeLoadsOneLevelAtATime() throws Exception {
        MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
        String tree = page(admin, "/admin/regions");
        assertThat(tree).contains("id=\"region-530000\"", "云南省", "hx-get=\"/admin/regions/530000/children\"", "<details")
                .doesNotContain("楚雄彝族自治州", "鹿城镇");
        assertThat(tree.length()).isLessThan(60_000);
        String chuxiong = page(admin, "/admin/regions/532301/children");
        // other test classes add townships of their own in the 900s, a number no real division uses
        assertThat(java.util.regex.Pattern.compile("<li [^>]*id=\"region-532301[0-8]").matcher(chuxiong).results().count()).isEqualTo(15);
        assertThat(chuxiong).contains("id=\"region-532301101000\"", "鹿城镇", "大地基乡").doesNotContain("<details");
        assertThat(page(admin, "/admin/regions/530000/children")).contains("楚雄彝族自治州").doesNotContain("楚雄市");
    }

    @Test
    @DisplayName("#9 item 11: the tree search finds 鹿城镇 by name and by code prefix, with where it lies")
    void searchFindsByNameAndCode() throws Exception {
        MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
        String byName = page(admin, "/admin/regions/search?q=鹿城");
        assertThat(byName).contains("id=\"found-532301101000\"", "云南省 › 楚雄彝族自治州 › 楚雄市");
        assertThat(mvc.perform(get("/admin/regions").param("q", "鹿城镇").session(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("id=\"found-532301101000\"");
        assertThat(page(admin, "/admin/regions/search?q=532301101")).contains("id=\"found-532301101000\"", "鹿城镇")
                .doesNotContain("found-532301102000");
        assertThat(mvc.perform(get("/admin/regions/search").param("q", "%").session(admin)).andReturn().getResponse()
                .getContentAsString()).contains("没有找到");
    }

    @Test
    @DisplayName("#9 item 11: a search matching thousands of divisions shows the first 50 and says so")
    void searchIsCapped() throws Exception {
        String many = page(login("sysadmin", DEMO_PASSWORD), "/admin/regions/search?q=镇");
        assertThat(many.split("class=\"list-group-item\"", -1)).hasSize(RegionService.SEARCH_LIMIT + 1);
        assertThat(many).contains("id=\"region-search-more\"");
    }

    @Test
    @DisplayName("#9 item 11: an administrator of a county sees and finds only the county's divisions")
    void treeAndSearchAreScoped() throws Exception {
        String pw = "Region#Tree2026";
        MockHttpSession county = login(createUser("tree-cx", "532301", Set.of(Role.SYSADMIN), pw), pw);
        assertThat(page(county, "/admin/regions")).contains("楚雄市", "鹿城镇").doesNotContain("云南省");
        assertThat(page(county, "/admin/regions/search?q=金山")).doesNotContain("532302101000");
        assertThat(page(county, "/admin/regions/search?q=鹿城")).contains("found-532301101000");
        mvc.perform(get("/admin/regions/532302/children").session(county)).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("Region search grams: any name containing the query has all of the query's character pairs (V25's index)")
    void gramsOfAQuery() {
        assertThat(RegionRepository.grams("鹿")).containsExactly("鹿");
        assertThat(RegionRepository.grams("鹿城镇")).containsExactly("鹿城", "城镇");
        assertThat(jdbc.sql("select region_name_grams('鹿城镇') @> cast(? as text[])").param(RegionRepository.grams("城镇"))
                .query(Boolean.class).single()).isTrue();
        // the name search is an index lookup, not a scan of the 45,000 divisions
        String plan = String.join("\n", jdbc.sql("explain select code from region where name_grams @> cast(? as text[]) and name like ?"
                + " and path like ? order by level, code limit 51").params(RegionRepository.grams("鹿城"), "%鹿城%", "/000000/%")
                .query(String.class).list());
        assertThat(plan).contains("region_name_grams_idx");
    }
}
