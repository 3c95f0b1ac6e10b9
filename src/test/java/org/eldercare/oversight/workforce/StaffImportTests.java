package org.eldercare.oversight.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.Excel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * #16 acceptance, WRK-1 import: bad rows are reported by their line in the file and nothing is imported, unless the uploader
 * chose to keep the good rows; each row is a hiring (ban register checked); CSV and Excel alike.
 */
class StaffImportTests extends WorkforceFixtures {

    private static final String HEADER = "姓名,公民身份号码,手机号码,岗位,护理员等级,入职日期,从业起始年份,以往工作单位\n";

    private long employees(String uscc) {
        return jdbc.sql("select count(*) from staff_employment where institution_id = ?").param(institutionId(uscc))
                .query(Long.class).single();
    }

    @Test
    @DisplayName("WRK-1: a file with bad rows imports nothing and lists each by line; with acceptGoodRows only the good rows are imported")
    void badRowsByLineAllOrNothing() throws Exception {
        LocalDate today = LocalDate.now(clock());
        String uscc = institution("demo-county", township("532301"), "NURSING_HOME", 60, 20);
        String account = institutionAccount("532301", uscc);
        String banned = idNumber();
        ban("demo-county", banned, today.minusYears(1), today.plusYears(2));
        String good1 = idNumber();
        String good2 = idNumber();
        String badCheck = good1.substring(0, 17) + (good1.charAt(17) == '0' ? '1' : '0');
        String csv = HEADER
                + "甲,"+ good1 + ",13812345678,养老护理员,五级,2025-03-01,2018,\n"
                + "乙," + badCheck + ",,厨师,,2025-03-01,,\n"
                + "丙," + banned + ",,养老护理员,,2025-03-01,,\n"
                + "\n"
                + "丁," + good2 + ",,社会工作者,,2025/4/1,,\"某某社工站,\n楚雄\"\n"
                + "戊," + idNumber() + ",,花匠,,2025-03-01,,\n"
                + "甲," + good1 + ",,厨师,,2025-03-01,,\n";
        MockMultipartFile file = new MockMultipartFile("file", "人员.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        String refused = expect(400, mvc.perform(multipart("/api/v1/staff/imports").file(file).with(as(account)))
                .andReturn().getResponse());
        assertThat((String) JsonPath.read(refused, "$.detail")).startsWith("文件中有4行数据有误，未导入任何数据。");
        List<Map<String, Object>> errors = JsonPath.read(refused, "$.errors");
        assertThat(errors).extracting(e -> e.get("line")).containsExactly(3, 4, 8, 9);
        assertThat((String) errors.get(0).get("reason")).isEqualTo("公民身份号码校验码（第18位）不正确，请核对是否抄错。");
        assertThat((String) errors.get(1).get("reason")).startsWith("不得录用：该人员（公民身份号码 " + banned.substring(0, 6));
        assertThat((String) errors.get(2).get("reason")).isEqualTo("岗位“花匠”无法识别");
        assertThat((String) errors.get(3).get("reason")).isEqualTo("公民身份号码与第2行重复");
        assertThat(refused).doesNotContain(banned).doesNotContain(good1);
        assertThat(employees(uscc)).isZero();
        assertThat(jdbc.sql("select count(*) from staff_person where name in ('甲', '丁') and id_number_masked in (?, ?)")
                .params(good1.substring(0, 6) + "********" + good1.substring(14), good2.substring(0, 6) + "********" + good2.substring(14))
                .query(Long.class).single()).isZero();

        String kept = expect(201, mvc.perform(multipart("/api/v1/staff/imports").file(file).param("acceptGoodRows", "true")
                .with(as(account))).andReturn().getResponse());
        assertThat((Integer) JsonPath.read(kept, "$.imported")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(kept, "$.totalRows")).isEqualTo(6);
        assertThat((List<?>) JsonPath.read(kept, "$.badRows")).hasSize(4);
        assertThat(jdbc.sql("select e.role from staff_employment e join staff_person p on p.id = e.person_id "
                + "where e.institution_id = ? order by p.name").param(institutionId(uscc)).query(String.class).list())
                .containsExactly("SOCIAL_WORKER", "CARE_WORKER");
    }

    @Test
    @DisplayName("WRK-1: an Excel file imports for a supervisor naming the institution; the page shows bad rows by line")
    void excelAndPage() throws Exception {
        String uscc = institution("demo-county", township("532301"), "RURAL_CENTER", 30, 12);
        byte[] xlsx = Excel.write("人员", List.of("姓名", "公民身份号码", "岗位", "入职日期"),
                List.of(List.of("院长甲", idNumber(), "院长", "2024-01-02"), List.of("护理乙", idNumber(), "养老护理员", "2024-01-03")));
        String json = expect(201, mvc.perform(multipart("/api/v1/staff/imports")
                .file(new MockMultipartFile("file", "人员.xlsx", Excel.CONTENT_TYPE, xlsx)).param("institution", uscc)
                .with(as("demo-county"))).andReturn().getResponse());
        assertThat((Integer) JsonPath.read(json, "$.imported")).isEqualTo(2);
        assertThat(employees(uscc)).isEqualTo(2);
        expect(400, mvc.perform(multipart("/api/v1/staff/imports").file(new MockMultipartFile("file", "人员.xlsx", Excel.CONTENT_TYPE, xlsx))
                .with(as("demo-county"))).andReturn().getResponse());

        String csv = HEADER + "甲,123,,厨师,,2025-03-01,,\n";
        String page = mvc.perform(multipart("/workforce/imports").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("institution", uscc).session(login("demo-county", DEMO_PASSWORD))
                        .with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("文件中有1行数据有误，未导入任何数据。").contains("第2行：公民身份号码应为18位，当前为3位。");
        assertThat(employees(uscc)).isEqualTo(2);
    }
}
