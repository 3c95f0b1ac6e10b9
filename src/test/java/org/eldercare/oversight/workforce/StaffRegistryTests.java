package org.eldercare.oversight.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/**
 * WRK-1 through the API and pages: hiring, one person found by number across employments, the list by region, post and
 * certification, each caller's reach; and the ID-number protection of #16's acceptance — encrypted at rest, masked in every
 * response, page and export, never in a URL, log or audit row, revealed only after an audit row.
 */
@ExtendWith(OutputCaptureExtension.class)
class StaffRegistryTests extends WorkforceFixtures {

    private static String masked(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }

    @Test
    @DisplayName("WRK-1: a hiring registers the person once (found again by number), masks number and phone, and is refused twice")
    void hiringRegistersOnce(CapturedOutput output) throws Exception {
        LocalDate today = LocalDate.now(clock());
        String person = idNumber();
        String uscc = institution("demo-county", township("532301"), "NURSING_HOME", 60, 20);
        String json = expect(201, mvc.perform(post("/api/v1/institutions/" + uscc.toLowerCase() + "/staff").with(as("demo-county"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"赵护理","idNumber":"%s","phone":"138 1234 5678","role":"CARE_WORKER","careLevel":"THREE",
                         "startDate":"%s","inTradeSince":2012,"priorEmployers":"昆明某养老院"}""".formatted(person, today.minusDays(10))))
                .andReturn().getResponse());
        assertThat(json).doesNotContain(person).doesNotContain("13812345678");
        assertThat((String) JsonPath.read(json, "$.idNumberMasked")).isEqualTo(masked(person));
        assertThat((String) JsonPath.read(json, "$.phoneMasked")).isEqualTo("138****5678");
        assertThat((String) JsonPath.read(json, "$.careLevelLabel")).isEqualTo("三级/高级工");
        assertThat((Integer) JsonPath.read(json, "$.yearsInTrade")).isEqualTo(today.getYear() - 2012);
        Map<String, Object> row = jdbc.sql("select id_number_enc, id_number_idx, id_number_masked from staff_person "
                + "where id_number_masked = ? and name = '赵护理'").param(masked(person)).query().singleRow();
        assertThat((String) row.get("id_number_enc")).startsWith("sm4gcm:").doesNotContain(person);
        assertThat((String) row.get("id_number_idx")).hasSize(64);

        String again = expect(409, hireCall("demo-county", uscc, "赵护理", person, "COOK", today));
        assertThat((String) JsonPath.read(again, "$.detail")).isEqualTo("公民身份号码 " + masked(person) + " 的人员已在本机构在职。");
        String wrongName = expect(409, hireCall("demo-county", institution("demo-county", township("532301"), "NURSING_HOME", 10, 5),
                "钱护理", person, "COOK", today));
        assertThat((String) JsonPath.read(wrongName, "$.detail")).contains("已登记为其他姓名");
        long second = hire("demo-county", institution("demo-county", township("532301"), "NURSING_HOME", 10, 5), "赵护理", person,
                "NURSE", today);
        assertThat(jdbc.sql("select count(distinct person_id) from staff_employment e join staff_person p on p.id = e.person_id "
                + "where p.id_number_masked = ? and p.name = '赵护理'").param(masked(person)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/api/v1/staff/search-by-id-number").with(as("demo-county")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"idNumber\":\"" + person + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[0].id").value(second));
        assertThat(output.getAll()).doesNotContain(person);
    }

    @Test
    @DisplayName("WRK-1: bad hiring input is a Chinese 400 that changes nothing; a township or inspector may read but not hire")
    void badInputAndRoles() throws Exception {
        String uscc = institution("demo-county", township("532301"), "NURSING_HOME", 60, 20);
        LocalDate today = LocalDate.now(clock());
        assertThat((String) JsonPath.read(expect(400, hireCall("demo-county", uscc, "某", "53230119900101001", "COOK", today)), "$.detail"))
                .isEqualTo("公民身份号码应为18位，当前为17位。");
        assertThat((String) JsonPath.read(expect(400, hireCall("demo-county", uscc, "某", idNumber(), "GARDENER", today)), "$.detail"))
                .isEqualTo("“岗位”的取值无效。");
        assertThat((String) JsonPath.read(expect(400, hireCall("demo-county", uscc, " ", idNumber(), "COOK", today)), "$.detail"))
                .isEqualTo("请填写“姓名”。");
        assertThat(expect(404, hireCall("demo-county", "91532301MA0000099X", "某", idNumber(), "COOK", today))).contains("机构不存在");
        expect(403, hireCall("demo-township", uscc, "某", idNumber(), "COOK", today));
        expect(403, hireCall("demo-inspector", uscc, "某", idNumber(), "COOK", today));
        String otherSupervisor = supervisor("532302");
        assertThat(expect(404, hireCall(otherSupervisor, uscc, "某", idNumber(), "COOK", today))).contains("机构不存在或不在您的管辖范围内");
        assertThat(jdbc.sql("select count(*) from staff_employment where institution_id = ?").param(institutionId(uscc))
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("WRK-1: the list by region, post and certification; an institution sees only its own staff, another county none")
    void listByRegionRoleCertified() throws Exception {
        LocalDate today = LocalDate.now(clock());
        String town = township("532301");
        String mine = institution("demo-county", town, "NURSING_HOME", 60, 20);
        String neighbour = institution("demo-county", town, "NURSING_HOME", 60, 20);
        String account = institutionAccount("532301", mine);
        long carer = hire(account, mine, "持证护理员", idNumber(), "CARE_WORKER", today.minusMonths(3));
        long cook = hire(account, mine, "厨师甲", idNumber(), "COOK", today.minusMonths(3));
        long other = hire("demo-county", neighbour, "邻院护理员", idNumber(), "CARE_WORKER", today.minusMonths(3));
        mvc.perform(post("/api/v1/staff/" + carer + "/certificates").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"CARE_WORKER\",\"level\":\"FIVE\",\"number\":\"S1\",\"issuer\":\"评价组织\",\"issuedOn\":\""
                        + today.minusYears(1) + "\"}")).andExpect(status().isCreated());

        assertThat(ids("demo-county", "?region=" + town)).containsExactly(other, cook, carer);
        assertThat(ids("demo-county", "?region=" + town + "&role=CARE_WORKER")).containsExactly(other, carer);
        assertThat(ids("demo-county", "?region=" + town + "&role=CARE_WORKER&certified=true")).containsExactly(carer);
        assertThat(ids("demo-county", "?region=" + town + "&certified=false")).containsExactly(other, cook);
        assertThat(ids("demo-township", "?region=" + town)).isEmpty(); // another township's staff: 404 below
        mvc.perform(get("/api/v1/staff").param("region", town).with(as("demo-township"))).andExpect(status().isNotFound());
        assertThat(ids(account, "?role=CARE_WORKER")).containsExactly(carer);
        mvc.perform(get("/api/v1/staff/" + other).with(as(account))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/staff/" + carer).with(as(supervisor("532302")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/staff").param("role", "X").with(as("demo-county"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("“岗位”的取值无效。"));
    }

    @Test
    @DisplayName("Concurrent hirings of one new person (same and different institutions) answer 201 or 409, never 500; one employment each")
    void concurrentHiringsNeverFail() throws Exception {
        LocalDate today = LocalDate.now(clock());
        String person = idNumber();
        String town = township("532301");
        List<String> places = List.of(institution("demo-county", town, "NURSING_HOME", 10, 5),
                institution("demo-county", town, "NURSING_HOME", 10, 5));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String uscc = places.get(i % 2);
                calls.add(pool.submit(() -> hireCall("demo-county", uscc, "并发人员", person, "COOK", today).getStatus()));
            }
            for (Future<Integer> call : calls) {
                assertThat(call.get()).isIn(201, 409);
            }
        } finally {
            pool.shutdown();
        }
        for (String uscc : places) {
            assertThat(jdbc.sql("select count(*) from staff_employment where institution_id = ?").param(institutionId(uscc))
                    .query(Long.class).single()).isLessThanOrEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from staff_person where name = '并发人员' and id_number_masked = ?").param(masked(person))
                .query(Long.class).single()).isEqualTo(1);
    }

    private List<Long> ids(String user, String query) throws Exception {
        var response = mvc.perform(get("/api/v1/staff" + query).with(as(user))).andReturn().getResponse();
        if (response.getStatus() != 200) {
            return List.of();
        }
        List<Number> ids = JsonPath.read(response.getContentAsString(), "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    @Test
    @DisplayName("#16: no full ID number in pages, exports, URLs, logs or audit rows; a reveal needs a reason and writes its audit row")
    void idNumberProtection(CapturedOutput output) throws Exception {
        LocalDate today = LocalDate.now(clock());
        String person = idNumber();
        String uscc = institution("demo-county", township("532301"), "NURSING_HOME", 60, 20);
        String account = institutionAccount("532301", uscc);
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
        MockHttpSession page = login(account, PASSWORD);
        String redirect = mvc.perform(post("/workforce/staff").session(page).with(csrf()).param("institution", uscc).param("name", "页面录用")
                        .param("idNumber", person).param("role", "CARE_WORKER").param("startDate", today.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(redirect).startsWith("/workforce/staff/").doesNotContain(person);
        long id = Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
        for (String path : new String[] {redirect, "/workforce/staff", redirect + "/training", redirect + "/credit"}) {
            assertThat(mvc.perform(get(path).session(page)).andReturn().getResponse().getContentAsString())
                    .as(path).contains(masked(person)).doesNotContain(person);
        }
        assertThat(mvc.perform(post("/workforce/staff/search-id").session(page).with(csrf()).param("idNumber", person))
                .andReturn().getResponse().getContentAsString()).contains("页面录用").doesNotContain(person);
        byte[] xlsx = mvc.perform(get("/workforce/staff/export").session(page)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet().doReadSync();
        assertThat(rows.get(0).values()).contains("公民身份号码（脱敏）");
        assertThat(rows.toString()).contains(masked(person)).doesNotContain(person);

        // reveal: a reason is required; then the audit row is written and the number shown once
        mvc.perform(post("/api/v1/staff/" + id + "/id-number/reveal").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"\"}")).andExpect(status().isBadRequest());
        assertThat(reveals(before)).isZero();
        mvc.perform(post("/api/v1/staff/" + id + "/id-number/reveal").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"办理社保登记\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.idNumber").value(person));
        Map<String, Object> audit = jdbc.sql("select username, target_type, detail from audit_log "
                + "where id > ? and action = 'REVEAL id_number'")
                .param(before).query().singleRow();
        assertThat(audit).containsEntry("username", account).containsEntry("target_type", "staff_person").containsEntry("detail", "办理社保登记");
        assertThat(mvc.perform(post("/workforce/staff/" + id + "/reveal-id").session(login("demo-county", DEMO_PASSWORD)).with(csrf())
                .param("reason", "核查")).andReturn().getResponse().getContentAsString()).contains(person);
        assertThat(reveals(before)).isEqualTo(2);
        mvc.perform(post("/api/v1/staff/" + id + "/id-number/reveal").with(as("demo-township")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"x\"}")).andExpect(status().isForbidden());
        assertThat(reveals(before)).isEqualTo(2);

        assertThat(jdbc.sql("select count(*) from audit_log where id > ? and (action like ? or target_id like ? or detail like ?)")
                .params(before, "%" + person + "%", "%" + person + "%", "%" + person + "%").query(Long.class).single()).isZero();
        assertThat(output.getAll()).doesNotContain(person);
    }

    private long reveals(long after) {
        return jdbc.sql("select count(*) from audit_log where id > ? and action = 'REVEAL id_number' and target_type = 'staff_person'")
                .param(after).query(Long.class).single();
    }
}
