package org.eldercare.oversight.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * #9 item 17: with the national list a region field is a chain of selects, one level at a time below the caller's region
 * (htmx), never a select of the whole country; the form gets the chosen code in a hidden input.
 */
class RegionPickerTests extends IntegrationTest {

    private String picker(String user, String query) throws Exception {
        return mvc.perform(get("/regions/picker?" + query).with(httpBasic(user, DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int options(String html) {
        return html.split("<option", -1).length - 1;
    }

    @Test
    @DisplayName("#9 item 17: a township field below 楚雄州 offers its 10 counties, then the chosen county's townships")
    void townshipFieldGoesLevelByLevel() throws Exception {
        String start = picker("demo-supervisor", "field=regionCode&kind=TOWNSHIP");
        assertThat(start).contains("id=\"regionCode\" name=\"regionCode\" value=\"\"", "请逐级选择到乡镇（街道）");
        assertThat(options(start)).isEqualTo(11);
        String county = picker("demo-supervisor", "field=regionCode&kind=TOWNSHIP&parent=532300&code=532301");
        assertThat(county).contains("value=\"532301\" selected", "value=\"532301101000\"", "id=\"regionCode-pick-1\"")
                .contains("name=\"regionCode\" value=\"\"");
        String township = picker("demo-supervisor", "field=regionCode&kind=TOWNSHIP&parent=532301&code=532301101000");
        assertThat(township).contains("name=\"regionCode\" value=\"532301101000\"", "value=\"532301101000\" selected")
                .doesNotContain("请逐级选择");
        // blank in the township select: back to the county, nothing chosen yet
        assertThat(picker("demo-supervisor", "field=regionCode&kind=TOWNSHIP&parent=532301&code="))
                .contains("name=\"regionCode\" value=\"\"", "value=\"532301\" selected");
    }

    @Test
    @DisplayName("#9 item 17: a region field stops at the caller's region; a code outside it chooses nothing")
    void pickerStaysInScope() throws Exception {
        String outside = picker("demo-county", "field=regionCode&kind=ANY&code=532302101000");
        assertThat(outside).contains("name=\"regionCode\" value=\"532301\"").doesNotContain("532302");
        // the blank choice and 15 townships (other test classes add townships of their own in the 900s, a number no real
        // division uses)
        assertThat(options(outside) - outside.split("value=\"5323019", -1).length + 1).isEqualTo(16);
        assertThat(picker("demo-township", "field=regionCode&kind=TOWNSHIP"))
                .contains("name=\"regionCode\" value=\"532301101000\"").doesNotContain("<select");
        mvc.perform(get("/regions/picker?field=bad%22name").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/regions/picker?field=region&kind=PUBLIC_FILTER").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("#9 item 17: the public commitment list narrows by province, prefecture and county, without login")
    void publicPickerCoversTheCountryDownToCounties() throws Exception {
        String country = mvc.perform(get("/public/regions/picker?field=region")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(options(country)).isGreaterThanOrEqualTo(32); // 全部 and the 31 provinces (and the test provinces of other tests)
        assertThat(country).contains("云南省", "北京市").doesNotContain("楚雄彝族自治州");
        String county = mvc.perform(get("/public/regions/picker?field=region&parent=532300&code=532301")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(county).contains("name=\"region\" value=\"532301\"", "id=\"region-pick-2\"").doesNotContain("532301101000");
    }

    @Test
    @DisplayName("#9 item 17: pages with a region field never list the country: the archive form of 楚雄州 offers its counties")
    void pagesUseThePicker() throws Exception {
        MockHttpSession supervisor = login("demo-supervisor", DEMO_PASSWORD);
        String form = mvc.perform(get("/registry/institutions/new").session(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"regionCode-picker\"", "value=\"532329\"").doesNotContain("532301101000");
        String list = mvc.perform(get("/registry/institutions?region=532301101000").session(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("name=\"region\" value=\"532301101000\"", "value=\"532301101000\" selected");
        MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
        String users = mvc.perform(get("/admin/users/new").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(users).contains("name=\"regionCode\" value=\"000000\"", "云南省").doesNotContain("楚雄彝族自治州");
        assertThat(mvc.perform(get("/admin/tokens").session(admin)).andReturn().getResponse().getContentAsString())
                .contains("id=\"regionCode-picker\"").doesNotContain("楚雄彝族自治州");
    }

    @Test
    @DisplayName("#9 item 17: a national supervisor's receipt-prefix page lists 300 of the 3,000 bureaus and narrows by province")
    void receiptPrefixPageNarrows() throws Exception {
        String pw = "Region#Nation2026";
        MockHttpSession national = login(createUser("nation", "000000", Set.of(Role.SUPERVISOR), pw), pw);
        String all = mvc.perform(get("/registry/receipt-prefixes").session(national)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(all.split("<tr id=\"bureau-", -1)).hasSize(301);
        assertThat(all).contains("id=\"bureau-more\"", "id=\"region-picker\"");
        String chuxiong = mvc.perform(get("/registry/receipt-prefixes").param("region", "532300").session(national))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the prefecture's bureau and its ten counties' (a non-profit registered at the prefecture files there, REG-3)
        assertThat(chuxiong.split("<tr id=\"bureau-", -1)).hasSize(12);
        assertThat(chuxiong).contains("楚雄市民政局", "value=\"532300\" selected").doesNotContain("id=\"bureau-more\"");
    }
}
