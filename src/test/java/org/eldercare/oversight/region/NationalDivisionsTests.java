package org.eldercare.oversight.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue #9 item 17: the national division list (31 provinces, 342 prefectures, 2,978 counties, 41,352 townships) is part
 * of the product, so a fresh install has all of it; compared with the shared source list itself.
 */
class NationalDivisionsTests extends IntegrationTest {

    /** The children from the shipped list: other test classes add townships of their own in the 900s, a number no real
     *  division uses. */
    private static final String SHIPPED_CHILDREN = "$.children[?(@.code =~ /\\d{6}[0-8]\\d{5}/)]";

    /** The source list the product bundles (../shared/data/regions beside the repository). */
    private static final Path SOURCE = Path.of("../shared/data/regions");

    private static List<List<String>> rows(String file) throws IOException {
        Path shared = SOURCE.resolve(file);
        List<String> lines = Files.exists(shared) ? Files.readAllLines(shared, StandardCharsets.UTF_8)
                : List.of(NationalDivisionsMigration.bundled().stream().filter(s -> s.filename().equals(file)).findFirst()
                        .orElseThrow().text().split("\n"));
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(DivisionFiles.cells(line));
            }
        }
        return rows;
    }

    private Map<String, String> stored(List<String> codes, String extraCondition) {
        return jdbc.sql("select code, name from region where retired_at is null and code = any(?)" + extraCondition)
                .param(codes.toArray(String[]::new)).query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    @DisplayName("#9 item 17: every county and township of the shared list is present (current, same name) after a fresh start")
    void everyCountyAndTownshipIsPresent() throws IOException {
        List<List<String>> streets = rows("streets.csv");
        List<List<String>> areas = rows("areas.csv");
        assertThat(streets).hasSize(41_352);
        assertThat(areas).hasSize(2_978);
        Map<String, String> townships = stored(streets.stream().map(r -> r.get(0) + "000").toList(), " and level = 4");
        assertThat(townships).hasSize(41_352);
        streets.forEach(r -> assertThat(townships.get(r.get(0) + "000")).as(r.get(0)).isEqualTo(r.get(1)));
        Map<String, String> counties = stored(areas.stream().map(r -> r.get(0)).toList(), "");
        assertThat(counties).hasSize(2_978);
        areas.forEach(r -> assertThat(counties.get(r.get(0))).as(r.get(0)).isEqualTo(r.get(1)));
        assertThat(stored(rows("provinces.csv").stream().map(r -> r.get(0) + "0000").toList(), " and level = 1")).hasSize(31);
        assertThat(stored(rows("cities.csv").stream().map(r -> r.get(0) + "00").toList(), " and level = 2")).hasSize(342);
        // a township's path runs through its county, prefecture and province
        assertThat(jdbc.sql("select path from region where code = '532301101000'").query(String.class).single())
                .isEqualTo("/000000/530000/532300/532301/532301101000/");
        // municipalities: 北京市 › 市辖区 110100 › 东城区; 东莞市 has no counties, its towns sit below the prefecture
        assertThat(jdbc.sql("select path from region where code = '110101001000'").query(String.class).single())
                .isEqualTo("/000000/110000/110100/110101/110101001000/");
        assertThat(jdbc.sql("select level || ' ' || path from region where code = '441900003000'").query(String.class).single())
                .isEqualTo("4 /000000/440000/441900/441900003000/");
    }

    @Test
    @DisplayName("#9 item 17: GET /api/v1/regions/532301 lists 楚雄市's 15 townships, 鹿城镇 532301101000 among them")
    void chuxiongHasItsFifteenTownships() throws Exception {
        mvc.perform(get("/api/v1/regions/532301").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("楚雄市"))
                .andExpect(jsonPath(SHIPPED_CHILDREN, hasSize(15)))
                .andExpect(jsonPath("$.children[0].code").value("532301101000"))
                .andExpect(jsonPath("$.children[0].name").value("鹿城镇"))
                .andExpect(jsonPath("$.children[?(@.code == '532301102000')].name").value("东瓜镇"))
                .andExpect(jsonPath("$.children[14].name").value("大地基乡"));
    }

    @Test
    @DisplayName("#9 item 17: the bundled list is the shared source list, file for file, with its licence beside it")
    void bundledListIsTheSharedOne() throws IOException {
        if (!Files.isDirectory(SOURCE)) {
            return; // a checkout without the shared folder: the test above compared with the bundled copy
        }
        for (DivisionFiles.Source s : NationalDivisionsMigration.bundled()) {
            assertThat(s.text()).as(s.filename()).isEqualTo(Files.readString(SOURCE.resolve(s.filename()), StandardCharsets.UTF_8));
        }
        assertThat(getClass().getResource("/" + NationalDivisionsMigration.FOLDER + "LICENSE-china-division")).isNotNull();
    }
}
