package org.eldercare.oversight.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.workforce.staff.StaffTasks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/**
 * #16 acceptance, WRK-3 through the API: a ban refuses hiring at any institution in any region; a ban entered later flags the
 * person's current employments everywhere and gives the supervisors of each region a to-do; an expired ban no longer
 * refuses; every check is audited without the number.
 */
@ExtendWith(OutputCaptureExtension.class)
class BanAcceptanceTests extends WorkforceFixtures {

    private long auditHead() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
    }

    @Test
    @DisplayName("WRK-3: hiring a banned person is refused at an institution of another region too, in Chinese; nothing is written")
    void bannedPersonRefusedInAnyRegion(CapturedOutput output) throws Exception {
        String banned = idNumber();
        LocalDate today = LocalDate.now(clock());
        ban("demo-county", banned, today.minusYears(1), today.plusYears(2));
        String otherSupervisor = supervisor("532302");
        String elsewhere = institution(otherSupervisor, township("532302"), "NURSING_HOME", 50, 20);
        String account = institutionAccount("532302", elsewhere);
        long before = auditHead();

        String body = expect(409, hireCall(account, elsewhere, "禁入人员", banned, "CARE_WORKER", today));
        assertThat((String) JsonPath.read(body, "$.detail")).startsWith("不得录用：该人员（公民身份号码 " + banned.substring(0, 6) + "********"
                + banned.substring(14) + "）在行业禁入期内（至" + today.plusYears(2) + "，楚雄市人民法院，（2025）云2301刑初");
        assertThat(body).doesNotContain(banned);
        expect(409, hireCall(otherSupervisor, elsewhere, "禁入人员", banned, "COOK", today));
        assertThat(jdbc.sql("select count(*) from staff_employment where institution_id = ?").param(institutionId(elsewhere))
                .query(Long.class).single()).isZero();

        List<Map<String, Object>> checks = jdbc.sql("select username, target_type, detail from audit_log where id > ? and action = ?")
                .params(before, "CHECK industry_ban").query().listOfRows();
        assertThat(checks).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("target_type")).isEqualTo("industry_ban");
            assertThat((String) row.get("detail")).startsWith("录用核查：").endsWith("命中：在禁入期内");
        });
        assertThat(jdbc.sql("select count(*) from audit_log where id > ? and (detail like ? or target_id like ? or action like ?)")
                .params(before, "%" + banned + "%", "%" + banned + "%", "%" + banned + "%").query(Long.class).single()).isZero();
        assertThat(output.getAll()).doesNotContain(banned);
    }

    @Test
    @DisplayName("WRK-3: a ban entered later flags every current employment of the person (two regions) and tells their supervisors")
    void laterBanFlagsCurrentEmployments() throws Exception {
        LocalDate today = LocalDate.now(clock());
        String person = idNumber();
        String here = institution("demo-county", township("532301"), "NURSING_HOME", 80, 30);
        String otherSupervisor = supervisor("532302");
        String otherTownship = township("532302");
        String there = institution(otherSupervisor, otherTownship, "RURAL_CENTER", 40, 20);
        String former = institution("demo-county", township("532301"), "NURSING_HOME", 30, 10);
        long a = hire("demo-county", here, "后来禁入", person, "CARE_WORKER", today.minusYears(1));
        long b = hire(otherSupervisor, there, "后来禁入", person, "COOK", today.minusMonths(2));
        long c = hire("demo-county", former, "后来禁入", person, "CARE_WORKER", today.minusYears(3));
        mvc.perform(post("/api/v1/staff/" + c + "/end").with(as("demo-county")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"endDate\":\"" + today.minusYears(2) + "\",\"reason\":\"合同到期\"}")).andExpect(status().isOk());

        long banId = ban("demo-county", person, today.minusDays(3), today.plusYears(3).minusDays(4));

        assertThat(statusOf(a)).isEqualTo("FLAGGED");
        assertThat(statusOf(b)).isEqualTo("FLAGGED");
        assertThat(statusOf(c)).isEqualTo("ENDED");
        List<Map<String, Object>> todos = jdbc.sql("select source_id, region_code, role, title, institution_id from todo_item "
                + "where source_type = ? and source_id in (?, ?) and status = 'OPEN' order by source_id, role")
                .params(StaffTasks.BANNED_STAFF, String.valueOf(a), String.valueOf(b)).query().listOfRows();
        assertThat(todos).extracting(r -> r.get("source_id") + " " + r.get("role"))
                .containsExactlyInAnyOrder(a + " SUPERVISOR", a + " INSTITUTION", b + " SUPERVISOR", b + " INSTITUTION");
        assertThat(todos).filteredOn(r -> r.get("source_id").equals(String.valueOf(b))).allSatisfy(r ->
                assertThat(r.get("region_code")).isEqualTo(otherTownship));
        assertThat(todos).filteredOn(r -> r.get("role").equals("SUPERVISOR")).allSatisfy(r ->
                assertThat((String) r.get("title")).startsWith("行业禁入人员在岗：后来禁入（").doesNotContain(person));
        // the other region's supervisor sees his to-do on the workbench; the own region's does not see it
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
                .session(login(otherSupervisor, PASSWORD))).andReturn().getResponse().getContentAsString())
                .contains("/workforce/staff/" + b).doesNotContain("/workforce/staff/" + a + "\"");

        // ending the flagged employment completes its to-dos; revoking the ban clears the other flag
        mvc.perform(post("/api/v1/staff/" + a + "/end").with(as("demo-county")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"endDate\":\"" + today + "\",\"reason\":\"解除聘用\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ENDED"));
        assertThat(openTodos(a)).isZero();
        mvc.perform(post("/api/v1/bans/" + banId + "/revoke").with(as("demo-county")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"号码录入错误\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REVOKED"));
        assertThat(statusOf(b)).isEqualTo("ACTIVE");
        assertThat(openTodos(b)).isZero();
    }

    private long openTodos(long employmentId) {
        return jdbc.sql("select count(*) from todo_item where source_type = ? and source_id = ? and status = 'OPEN'")
                .params(StaffTasks.BANNED_STAFF, String.valueOf(employmentId)).query(Long.class).single();
    }

    @Test
    @DisplayName("WRK-3: an expired ban no longer refuses and flags nothing, and stays in history (已到期)")
    void expiredBanNoLongerRefuses() throws Exception {
        LocalDate today = LocalDate.now(clock());
        String person = idNumber();
        String home = institution("demo-county", township("532301"), "NURSING_HOME", 60, 20);
        long current = hire("demo-county", home, "期满人员", person, "SECURITY", today.minusYears(5));
        ban("demo-county", person, today.minusYears(4), today.minusYears(1).minusDays(1));
        assertThat(statusOf(current)).isEqualTo("ACTIVE");

        String other = institution("demo-county", township("532301"), "NURSING_HOME", 60, 20);
        assertThat(hire("demo-county", other, "期满人员", person, "COOK", today)).isPositive();
        mvc.perform(post("/api/v1/bans/check").with(as("demo-county")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"idNumber\":\"" + person + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.banned").value(false))
                .andExpect(jsonPath("$.entries[0].state").value("已到期"))
                .andExpect(jsonPath("$.idNumberMasked").value(person.substring(0, 6) + "********" + person.substring(14)));
    }

    @Test
    @DisplayName("WRK-3: only supervisors enter bans; a court ban outside 3–5 years or a bad number is a Chinese 400; checks audited")
    void enteringAndChecking() throws Exception {
        String person = idNumber();
        String body = """
                {"name":"某某","idNumber":"%s","source":"COURT","sourceDocument":"（2025）云2301刑初9号","issuingAuthority":"楚雄市人民法院",
                 "startDate":"2025-01-01","endDate":"%s"}""";
        mvc.perform(post("/api/v1/bans").with(as("demo-county")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(person, "2026-12-31")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("法院判决的从业禁止期限为三年至五年（刑法第三十七条之一），请核对起止日期。"));
        mvc.perform(post("/api/v1/bans").with(as("demo-county")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("532301199001010010", "2027-12-31")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("公民身份号码校验码（第18位）不正确，请核对是否抄错。"));
        mvc.perform(post("/api/v1/bans").with(as("demo-township")).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(person, "2027-12-31"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/bans").with(as("demo-inspector")).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(person, "2027-12-31"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from industry_ban where source_document = '（2025）云2301刑初9号'").query(Long.class).single())
                .isZero();

        String json = expect(201, mvc.perform(post("/api/v1/bans").with(as("demo-county")).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(person, "2027-12-31"))).andReturn().getResponse());
        assertThat(json).doesNotContain(person);
        long before = auditHead();
        for (String checker : new String[] {"demo-institution", "demo-township", "demo-supervisor"}) {
            mvc.perform(post("/api/v1/bans/check").with(as(checker)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"idNumber\":\"" + person.toLowerCase() + "\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.banned").value(LocalDate.now(clock()).isBefore(LocalDate.of(2028, 1, 1))))
                    .andExpect(jsonPath("$.entries[0].issuingAuthority").value("楚雄市人民法院"));
        }
        mvc.perform(post("/api/v1/bans/check").with(as("demo-inspector")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"idNumber\":\"" + person + "\"}")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select username from audit_log where id > ? and action = ? order by id").params(before, "CHECK industry_ban")
                .query(String.class).list()).containsExactly("demo-institution", "demo-township", "demo-supervisor");
        assertThat(jdbc.sql("select count(*) from audit_log where id > ? and action = 'POST /api/v1/bans/check'").param(before)
                .query(Long.class).single()).isEqualTo(4);
    }
}
