package org.eldercare.oversight.complaint;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Complaint tests' own places: 红花岗区 (520302) and its sibling 汇川区 (520303) in 遵义, which no other test uses; each test's
 * public calls come from an address of its own, so the per-address rate limits of one test never touch another.
 */
abstract class ComplaintFixtures extends IntegrationTest {

    static final String COUNTY = "520302";
    static final String SIBLING = "520303";
    static final String PASSWORD = "Cmp@2026pass!";
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    /** A fresh client address (10.13.x.y) for the rate limits. */
    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    static String newAddress() {
        int n = ADDRESS.getAndIncrement();
        return "10.13." + (n / 250 + 1) + "." + (n % 250 + 1);
    }

    String supervisor(String county) {
        return createUser("cmp-sup", county, Set.of(Role.SUPERVISOR), PASSWORD);
    }

    /** A liaison of 消防救援 (FIRE_RESCUE, as {@code createUser} gives every department account). */
    String liaison(String county) {
        return createUser("cmp-dep", county, Set.of(Role.DEPARTMENT), PASSWORD);
    }

    static RequestPostProcessor as(String username) {
        return httpBasic(username, PASSWORD);
    }

    void today(LocalDate day) {
        clock.setTo(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    /** A public complaint through the API; its response. */
    MockHttpServletResponse submit(String category, String summary, String phone, String address) throws Exception {
        String json = """
                {"category":"%s","address":"遵义市红花岗区测试路%s号","regionCode":"%s","summary":"%s","content":"护理员态度恶劣",
                 "anonymous":false,"name":"王小二","phone":%s}"""
                .formatted(category, summary.length(), COUNTY, summary, phone == null ? "null" : "\"" + phone + "\"");
        return mvc.perform(post("/api/v1/public/complaints").with(from(address)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }

    /** A public complaint's tracking code, registered today. */
    String registered(String category, String summary, String phone) throws Exception {
        MockHttpServletResponse r = submit(category, summary, phone, newAddress());
        if (r.getStatus() != 201) {
            throw new AssertionError(r.getStatus() + " " + r.getContentAsString());
        }
        return JsonPath.read(r.getContentAsString(), "$.trackingCode");
    }

    long idOf(String trackingCode) {
        return jdbc.sql("select id from complaint where tracking_code = ?").param(trackingCode).query(Long.class).single();
    }
}
