package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.identity.SystemUserTestAccess;
import org.eldercare.oversight.region.RegionService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** #9 item 8: a large registration file in the background, imported twice; the row limit. */
class RegistrationImportVolumeTests extends IntegrationTest {

    private static final String PW = "Volume#Import2026";
    private static final String HEADER = "统一社会信用代码,名称,登记机关类型,经营范围,地址,登记日期\n";
    private static final int ROWS = 60_000;
    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUWXY";

    @Autowired
    RegionService regionService;

    private RequestPostProcessor supervisorOf(String county, String townCode, String townName) {
        SystemUserTestAccess.asRoot(() -> regionService.importCsv((townCode + "," + townName + "," + county + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        return httpBasic(createUser("sup-" + county, county, Set.of(Role.SUPERVISOR), PW), PW);
    }

    /** {@code rows} registrations of elderly care in 古陶镇, with codes of this run (a tag of three letters). */
    private static String registrations(String county, int rows, String tag) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(Uscc.complete("91" + county + tag + String.format("%06d", i)).value()).append(",平遥县古陶镇康养服务点").append(i)
                    .append(",市场监管,养老服务；家政服务,平遥县古陶镇东大街").append(i).append("号,2024-01-02\n");
        }
        return csv.toString();
    }

    private static String tag() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "" + LETTERS.charAt(r.nextInt(LETTERS.length())) + LETTERS.charAt(r.nextInt(LETTERS.length()))
                + LETTERS.charAt(r.nextInt(LETTERS.length()));
    }

    private long upload(byte[] file, RequestPostProcessor as) throws Exception {
        var response = mvc.perform(multipart("/api/v1/registrations/imports")
                        .file(new MockMultipartFile("file", "平遥县登记数据.csv", "text/csv", file)).with(as))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.keptRows").value(ROWS))
                .andReturn().getResponse();
        long id = RegistrationImports.id(response.getContentAsString());
        assertThat(response.getHeader("Location")).endsWith("/api/v1/registrations/imports/" + id + "/status");
        return id;
    }

    /** Polls the status resource until the import is finished; returns every answer, in order. */
    private List<String> watch(long id, RequestPostProcessor as) throws Exception {
        List<String> answers = new ArrayList<>();
        Instant end = Instant.now().plus(Duration.ofMinutes(2));
        String status;
        do {
            String json = mvc.perform(get("/api/v1/registrations/imports/" + id + "/status").with(as))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            answers.add(json);
            status = JsonPath.read(json, "$.status");
            Thread.sleep(50);
        } while (!status.equals("DONE") && !status.equals("FAILED") && Instant.now().isBefore(end));
        return answers;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    @DisplayName("#9-8: importing the same 60,000-row file twice leaves one open lead (and one to-do) per code;"
            + " the upload answers at once, progress shows while the job runs, the second report counts the leads already open")
    void theSameLargeFileTwiceLeavesOneOpenLeadPerCode() throws Exception {
        RequestPostProcessor supervisor = supervisorOf("140728", "140728100000", "古陶镇");
        String tag = tag();
        byte[] file = registrations("140728", ROWS, tag).getBytes(StandardCharsets.UTF_8);

        long first = upload(file, supervisor);
        List<String> answers = watch(first, supervisor);
        assertThat(answers).anySatisfy(json -> {
            assertThat((String) JsonPath.read(json, "$.status")).isEqualTo("PROCESSING");
            assertThat((Integer) JsonPath.read(json, "$.rowsDone")).isBetween(1, ROWS - 1);
            assertThat((String) JsonPath.read(json, "$.statusLabel")).isEqualTo("处理中");
        });
        String done = answers.get(answers.size() - 1);
        assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(done, "$.rowsDone")).isEqualTo(ROWS);
        assertThat((Integer) JsonPath.read(done, "$.percent")).isEqualTo(100);
        long seconds = count("select extract(epoch from finished_at - started_at)::bigint from registration_import where id = ?", first);
        assertThat(seconds).as("60,000 rows in seconds, not 71 s").isLessThan(40);

        long second = upload(file, supervisor);
        RegistrationImports.awaitDone(jdbc, second);
        mvc.perform(get("/api/v1/registrations/imports/" + second + "/status").with(supervisor))
                .andExpect(jsonPath("$.alreadyOpen").value(ROWS)).andExpect(jsonPath("$.rowsDone").value(ROWS));
        mvc.perform(get("/api/v1/registrations/imports/" + second).param("size", "2").with(supervisor))
                .andExpect(jsonPath("$.counts.UNFILED").value(ROWS)).andExpect(jsonPath("$.counts.FILED").value(0))
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.rows[0].leadAlreadyOpen").value(true)).andExpect(jsonPath("$.rows[0].leadStatus").value("OPEN"));

        String codes = "91140728" + tag + "%";
        jdbc.sql("analyze verification_lead, todo_item").update(); // the tables grew by 60,000 rows since autovacuum last looked
        assertThat(count("select count(*) from verification_lead where status = 'OPEN' and uscc like ?", codes)).isEqualTo(ROWS);
        assertThat(count("select count(distinct uscc) from verification_lead where uscc like ?", codes)).isEqualTo(ROWS);
        assertThat(count("select count(*) from verification_lead where import_id = ?", second)).isZero();
        assertThat(count("select count(*) from todo_item where source_type = 'registry.lead' and status = 'OPEN' and role = 'TOWNSHIP'"
                + " and source_id in (select id::text from verification_lead where uscc like ?)", codes)).isEqualTo(ROWS);
    }

    @Test
    @DisplayName("#9-8: a file over the region's row limit is refused in Chinese, on the API and the page, and nothing is stored")
    void aFileOverTheRowLimitIsRefused() throws Exception {
        String county = "140727";
        RequestPostProcessor supervisor = supervisorOf(county, "140727100000", "昭馀镇");
        jdbc.sql("insert into registry_setting (region_code, key, value) values (?, 'import.maxRows', 5) "
                + "on conflict (region_code, key) do update set value = 5").param(county).update();
        byte[] six = registrations(county, 6, tag()).getBytes(StandardCharsets.UTF_8);
        long before = count("select count(*) from registration_import where region_code = ?", county);

        mvc.perform(multipart("/api/v1/registrations/imports").file(new MockMultipartFile("file", "祁县.csv", "text/csv", six))
                        .with(supervisor))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("文件共有 6 行数据，超过每次导入的上限 5 行，未导入任何数据；请拆分为多个文件分批导入。"));
        mvc.perform(multipart("/registry/imports").file(new MockMultipartFile("file", "祁县.csv", "text/csv", six))
                        .with(supervisor).with(csrf()))
                .andExpect(flash().attribute("error", "文件共有 6 行数据，超过每次导入的上限 5 行，未导入任何数据；请拆分为多个文件分批导入。"));
        assertThat(count("select count(*) from registration_import where region_code = ?", county)).isEqualTo(before);

        byte[] five = registrations(county, 5, tag()).getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/registrations/imports").file(new MockMultipartFile("file", "祁县.csv", "text/csv", five))
                .with(supervisor)).andExpect(status().isAccepted()).andExpect(header().exists("Location"));
    }
}
