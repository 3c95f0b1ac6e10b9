package org.eldercare.oversight.inspection.spotcheck;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.identity.SystemUserTestAccess;
import org.eldercare.oversight.region.RegionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Fixtures of the spot-check tests in counties of 西宁市 (630100) each test creates for itself: own counties and
 * townships, service sites written straight into the registry's table (the test stands in for the registry) and inspectors
 * in the inspection module's own directory.
 */
abstract class SpotCheckFixtures extends IntegrationTest {

    static final String PASSWORD = "Spot#Check2026";
    private static final Random RANDOM = new Random();
    @Autowired
    RegionService regions;

    String supervisor(String county) {
        return createUser("spot-sup", county, Set.of(Role.SUPERVISOR), PASSWORD);
    }

    static RequestPostProcessor as(String username) {
        return httpBasic(username, PASSWORD);
    }

    /** A new county of 西宁市 (630100) only this test uses. */
    String county() {
        for (int i = 0; i < 50; i++) {
            String code = "6301" + (60 + RANDOM.nextInt(40));
            if (regions.find(code).isEmpty()) {
                SystemUserTestAccess.asRoot(() -> regions.importCsv((code + ",抽查县" + code + ",630100\n")
                        .getBytes(StandardCharsets.UTF_8)));
                return code;
            }
        }
        throw new IllegalStateException("no free county code");
    }

    /** A new township of {@code county} only this test uses. */
    String township(String county) {
        for (int i = 0; i < 50; i++) {
            String code = county + (900 + RANDOM.nextInt(100)) + String.format("%03d", RANDOM.nextInt(1000));
            if (regions.find(code).isEmpty()) {
                SystemUserTestAccess.asRoot(() -> regions.importCsv((code + ",抽查镇" + code.substring(6) + "," + county + "\n")
                        .getBytes(StandardCharsets.UTF_8)));
                return code;
            }
        }
        throw new IllegalStateException("no free township code");
    }

    /** A service site in service (运营中) in {@code region}; its id. */
    long site(String region, String name) {
        String uscc = "52" + region.substring(0, 6) + "SC" + String.format("%08d", RANDOM.nextInt(100_000_000));
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("insert into institution (uscc, name, legal_form, kind, address, region_code, created_at, created_by, "
                        + "updated_at, updated_by) values (?, ?, 'NON_PROFIT', 'NURSING_HOME', '抽查路1号', ?, ?, 'test', ?, 'test') "
                        + "returning id")
                .params(uscc, name, region, now, now).query(Long.class).single();
    }

    /** An active inspector with a valid credential; {@code home}: own township or null. */
    long inspector(String name, String department, String region, String home) {
        return jdbc.sql("insert into inspector (name, department_code, region_code, home_township_code, credential_no, "
                        + "credential_valid_until, created_at, created_by) values (?, ?, ?, ?, ?, current_date + 365, now(), 'test') "
                        + "returning id")
                .params(name, department, region, home, "SC" + System.nanoTime() + RANDOM.nextInt(1000)).query(Long.class).single();
    }

    void conflict(long inspector, long site) {
        jdbc.sql("insert into inspector_conflict (inspector_id, institution_id, reason, declared_at, declared_by) "
                + "values (?, ?, '亲属关系', now(), 'test')").params(inspector, site).update();
    }

    /** Creates a plan through the API; its id. */
    long plan(String supervisor, String body) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/api/v1/spot-checks/plans").with(as(supervisor))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        if (r.getStatus() != 201) {
            throw new AssertionError("plan: " + r.getStatus() + " " + r.getContentAsString());
        }
        return ((Number) JsonPath.read(r.getContentAsString(), "$.id")).longValue();
    }

    static String planJson(String title, String region, String amount, String departments) {
        return """
                {"title":"%s","regionCode":"%s","items":"GB38600-4.1 消防安全\\n入住评估",%s,
                 "windowStart":"2026-03-01","windowEnd":"2026-06-30","departments":[%s]}"""
                .formatted(title, region, amount, departments);
    }
}
