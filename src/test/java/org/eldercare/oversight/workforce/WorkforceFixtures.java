package org.eldercare.oversight.workforce;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.identity.SystemUserTestAccess;
import org.eldercare.oversight.region.RegionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the workforce tests build through the API: townships of their own (so regional figures hold only their data),
 * institutions in them, accounts, fresh valid 公民身份号码, hirings and bans.
 */
public abstract class WorkforceFixtures extends IntegrationTest {

    public static final String PASSWORD = "Workforce#2026pass";
    private static final Random RANDOM = new Random();

    @Autowired
    protected RegionService regions;

    /** A fresh valid 公民身份号码 (random birth date and order code; 1 in ~10^10 to meet another test's). */
    public static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(365 * 40));
        String first17 = "532301" + birth.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A new township of {@code county} for this test alone (a code in the 900s, unused by real divisions). */
    protected String township(String county) {
        for (int i = 0; i < 50; i++) {
            String code = county + (900 + RANDOM.nextInt(100)) + String.format("%03d", RANDOM.nextInt(1000));
            if (regions.find(code).isEmpty()) {
                SystemUserTestAccess.asRoot(() -> regions.importCsv((code + ",测试镇" + code.substring(6) + "," + county + "\n")
                        .getBytes(StandardCharsets.UTF_8)));
                return code;
            }
        }
        throw new IllegalStateException("no free township code");
    }

    /** A supervisor account of {@code county}. */
    protected String supervisor(String county) {
        return createUser("wf-sup", county, Set.of(Role.SUPERVISOR), PASSWORD);
    }

    /** An institution account linked to the institution with this code. */
    protected String institutionAccount(String county, String uscc) {
        String username = createUser("wf-inst", county, Set.of(Role.INSTITUTION), PASSWORD);
        linkInstitution(username, institutionId(uscc));
        return username;
    }

    protected long institutionId(String uscc) {
        return jdbc.sql("select id from institution where uscc = ?").param(uscc).query(Long.class).single();
    }

    protected static RequestPostProcessor as(String username) {
        return httpBasic(username, username.startsWith("demo-") ? DEMO_PASSWORD : PASSWORD);
    }

    /** An institution in {@code township}, created by the county's supervisor; its 统一社会信用代码. */
    protected String institution(String supervisor, String township, String kind, int beds, int residents) throws Exception {
        String uscc = Uscc.complete("52" + township.substring(0, 6) + "WF" + String.format("%07d", RANDOM.nextInt(10_000_000))).value();
        String json = """
                {"uscc":"%s","name":"%s","legalForm":"NON_PROFIT","kind":"%s","address":"测试路1号","regionCode":"%s",
                 "legalRepName":"张三","principalName":"李四","contactName":"王五","contactPhone":"13812345678","bedsTotal":%d,
                 "nursingBeds":0,"residents":%d,"staff":10,"fireAcceptance":"PASSED","operatingStatus":"OPERATING"}"""
                .formatted(uscc, "测试养老机构" + uscc.substring(10), kind, township, beds, residents);
        expect(201, mvc.perform(post("/api/v1/institutions").with(as(supervisor)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse());
        return uscc;
    }

    /** Hires through the API; the employment's id. */
    protected long hire(String by, String uscc, String name, String idNumber, String role, LocalDate start) throws Exception {
        String json = expect(201, hireCall(by, uscc, name, idNumber, role, start));
        return ((Number) JsonPath.read(json, "$.employmentId")).longValue();
    }

    protected MockHttpServletResponse hireCall(String by, String uscc, String name, String idNumber, String role, LocalDate start)
            throws Exception {
        return mvc.perform(post("/api/v1/institutions/" + uscc + "/staff").with(as(by)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\",\"role\":\"" + role + "\",\"startDate\":\""
                        + start + "\"}")).andReturn().getResponse();
    }

    /** Enters a court ban through the API; its id. */
    protected long ban(String by, String idNumber, LocalDate start, LocalDate end) throws Exception {
        String json = expect(201, mvc.perform(post("/api/v1/bans").with(as(by)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name":"禁入人员","idNumber":"%s","source":"COURT","sourceDocument":"（2025）云2301刑初%d号",
                         "issuingAuthority":"楚雄市人民法院","reason":"虐待被看护老人","startDate":"%s","endDate":"%s"}"""
                        .formatted(idNumber, RANDOM.nextInt(1000), start, end))).andReturn().getResponse());
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    protected static String expect(int status, MockHttpServletResponse response) throws Exception {
        if (response.getStatus() != status) {
            throw new AssertionError("expected " + status + " but got " + response.getStatus() + ": " + response.getContentAsString());
        }
        return response.getContentAsString();
    }

    protected String statusOf(long employmentId) {
        return jdbc.sql("select status from staff_employment where id = ?").param(employmentId).query(String.class).single();
    }
}
