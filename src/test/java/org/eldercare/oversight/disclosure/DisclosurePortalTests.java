package org.eldercare.oversight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public portal (DIS-1, DIS-2): directory search, a site's page, what is never public, rate limit and ETags. */
class DisclosurePortalTests extends IntegrationTest {

    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
    private DisclosureFixtures fixtures;
    private String tag;

    @BeforeEach
    void setUp() {
        fixtures = new DisclosureFixtures(mvc);
        tag = String.valueOf(100000 + ThreadLocalRandom.current().nextInt(900000));
    }

    /** A public request from an address of its own (TEST-NET-2), so the rate limit of other tests' 127.0.0.1 plays no part. */
    private static MockHttpServletRequestBuilder anonymous(String url, String ip) {
        return get(url).with(r -> {
            r.setRemoteAddr(ip);
            return r;
        });
    }

    private String text(String url) throws Exception {
        MvcResult r = mvc.perform(anonymous(url, "198.51.100.10")).andExpect(status().isOk()).andReturn();
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("DIS-1: the directory finds a filed site by part of its name and by region (county, township), not in a sibling county")
    void findsByNameAndRegion() throws Exception {
        DisclosureFixtures.Site site = fixtures.site("楚雄市鹿城镇颐康" + tag + "养老院", true);
        String part = "颐康" + tag;
        mvc.perform(anonymous("/api/v1/public/institutions?q=" + part, "198.51.100.11")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.items[0].id").value(site.id()))
                .andExpect(jsonPath("$.items[0].receiptNo").isNotEmpty()).andExpect(jsonPath("$.total").value(1));
        for (String region : List.of("532301", DisclosureFixtures.TOWNSHIP, "532300", "530000")) {
            mvc.perform(anonymous("/api/v1/public/institutions?region=" + region + "&q=" + tag, "198.51.100.11"))
                    .andExpect(jsonPath("$.items[0].id").value(site.id()));
        }
        mvc.perform(anonymous("/api/v1/public/institutions?region=532302&q=" + part, "198.51.100.11"))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(anonymous("/api/v1/public/institutions?q=" + part + "&minBeds=81", "198.51.100.11"))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(anonymous("/api/v1/public/institutions?q=" + part + "&kind=NURSING_HOME&minBeds=80&maxBeds=80", "198.51.100.11"))
                .andExpect(jsonPath("$.items.length()").value(1));
        assertThat(text("/public/institutions?region=532301&q=" + part)).contains(site.name()).contains("共 <span id=\"directory-total\">1");
    }

    @Test
    @DisplayName("DIS-1: a site whose filing does not stand is not public: not listed, its page and JSON are 404")
    void unfiledSiteIsNotPublic() throws Exception {
        DisclosureFixtures.Site site = fixtures.site("楚雄市鹿城镇未备" + tag + "养老院", false);
        mvc.perform(anonymous("/api/v1/public/institutions?q=未备" + tag, "198.51.100.12")).andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(anonymous("/api/v1/public/institutions/" + site.id(), "198.51.100.12")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("该机构不存在或尚未备案，暂无公开信息。"));
        mvc.perform(anonymous("/public/institutions/" + site.id(), "198.51.100.12")).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("DIS-1, DIS-2: no public page or JSON shows a phone number, an ID number or a person's name from the archive")
    void noPersonalData() throws Exception {
        DisclosureFixtures.Site site = fixtures.site("楚雄市鹿城镇安康" + tag + "养老院", true);
        String part = "安康" + tag;
        List<String> urls = List.of("/public", "/public/institutions", "/public/institutions?q=" + part,
                "/public/institutions/" + site.id(),
                "/public/disclosures", "/public/disclosures?region=532301", "/public/commitments?q=" + part,
                "/api/v1/public/institutions", "/api/v1/public/institutions?q=" + part, "/api/v1/public/institutions/" + site.id(),
                "/api/v1/public/disclosures", "/api/v1/public/commitments?q=" + part);
        for (String url : urls) {
            String body = text(url);
            assertThat(MOBILE.matcher(body).find()).as("mobile number on " + url).isFalse();
            assertThat(ID_NUMBER.matcher(body).find()).as("ID number on " + url).isFalse();
            assertThat(body).as(url).doesNotContain(DisclosureFixtures.CONTACT_PHONE, "赵联系", "孙院长", "周护理");
        }
        assertThat(text("/public/institutions/" + site.id())).contains(site.name(), "护理型床位50张", "暂无", "双随机抽查结果",
                "信用信息");
        assertThat(text("/api/v1/public/institutions/" + site.id())).doesNotContain("钱法人", "uscc");
    }

    @Test
    @DisplayName("DIS-1: public endpoints answer 429 with a Chinese problem detail past the rate limit of a client address")
    void rateLimited() throws Exception {
        String ip = "198.51.100." + (100 + ThreadLocalRandom.current().nextInt(100));
        int status = 200;
        int calls = 0;
        MvcResult last = null;
        while (status != 429 && calls < 5000) {
            last = mvc.perform(anonymous("/api/v1/public/disclosures?size=1", ip)).andReturn();
            status = last.getResponse().getStatus();
            calls++;
        }
        assertThat(status).isEqualTo(429);
        assertThat(calls).isGreaterThan(100);
        assertThat(last.getResponse().getContentType()).contains("application/problem+json");
        assertThat(last.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("请求过于频繁");
        assertThat(last.getResponse().getHeader("Retry-After")).isNotBlank();
        // another address is served meanwhile
        mvc.perform(anonymous("/api/v1/public/disclosures?size=1", "198.51.100.13")).andExpect(status().isOk());
    }

    @Test
    @DisplayName("DIS-1: the public JSON carries an ETag; the same request with If-None-Match is answered 304 without a body")
    void etags() throws Exception {
        DisclosureFixtures.Site site = fixtures.site("楚雄市鹿城镇长青" + tag + "养老院", true);
        String url = "/api/v1/public/institutions/" + site.id();
        String etag = null;
        String previous = "";
        for (int i = 0; i < 50 && !previous.equals(etag); i++) { // until the filing's credit entry (an event) has been written
            previous = etag == null ? "" : etag;
            Thread.sleep(i == 0 ? 0 : 100);
            etag = mvc.perform(anonymous(url, "198.51.100.14")).andExpect(status().isOk()).andExpect(header().exists(HttpHeaders.ETAG))
                    .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        }
        MvcResult again = mvc.perform(anonymous(url, "198.51.100.14").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified()).andReturn();
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
    }

    @Test
    @DisplayName("DIS-1: bad search input is a Chinese 400")
    void badSearch() throws Exception {
        mvc.perform(anonymous("/api/v1/public/institutions?kind=CASTLE", "198.51.100.15")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("机构类型无效。"));
        mvc.perform(anonymous("/api/v1/public/institutions?minBeds=10&maxBeds=5", "198.51.100.15")).andExpect(status().isBadRequest());
        mvc.perform(anonymous("/api/v1/public/institutions?region=12", "198.51.100.15")).andExpect(status().isBadRequest());
        mvc.perform(anonymous("/api/v1/public/institutions?region=539999", "198.51.100.15")).andExpect(status().isNotFound());
    }
}
