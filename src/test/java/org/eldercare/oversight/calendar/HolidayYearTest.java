package org.eldercare.oversight.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Parsing of a year's holiday notice (the format of the bundled files), without the database. */
class HolidayYearTest {

    private static HolidayYear.Parsed parse(String json) {
        return HolidayYear.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("A notice in the bundled format gives its year, papers, rest days and make-up working days")
    void parsesTheBundledFormat() {
        HolidayYear.Parsed p = parse("""
                {"year": 2026, "papers": ["国务院办公厅关于2026年部分节假日安排的通知"],
                 "days": [{"name": " 元旦 ", "date": "2026-01-01", "isOffDay": true},
                          {"name": "元旦", "date": "2026-01-04", "isOffDay": false}]}""");
        assertThat(p.ok()).isTrue();
        assertThat(p.year().year()).isEqualTo(2026);
        assertThat(p.year().papers()).containsExactly("国务院办公厅关于2026年部分节假日安排的通知");
        assertThat(p.year().days()).containsExactly(
                new HolidayYear.Day(LocalDate.of(2026, 1, 1), "元旦", true),
                new HolidayYear.Day(LocalDate.of(2026, 1, 4), "元旦", false));
    }

    @Test
    @DisplayName("Days of the neighbouring December and January belong to the notice; other years' days do not")
    void adjacentMonthsOnly() {
        HolidayYear.Parsed p = parse("""
                {"year": 2026, "days": [{"name": "元旦", "date": "2025-12-31", "isOffDay": true},
                                        {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                                        {"name": "春节", "date": "2027-02-01", "isOffDay": true}]}""");
        assertThat(p.ok()).isFalse();
        assertThat(p.year()).isNull();
        assertThat(p.errors()).containsExactly("days 第3项：日期 2027-02-01 不属于 2026 年（仅允许相邻的12月或1月）");
    }

    @Test
    @DisplayName("Every bad entry is reported with its position, and a notice with any error yields no year")
    void everyBadEntryReported() {
        HolidayYear.Parsed p = parse("""
                {"year": 2096, "days": [{"name": "元旦", "date": "2096-02-30", "isOffDay": true},
                                        {"name": "", "date": "2096-01-01", "isOffDay": true},
                                        {"name": "春节", "date": "2096-01-02", "isOffDay": "yes"},
                                        {"name": "春节", "date": "2096-01-03", "isOffDay": true},
                                        {"name": "春节", "date": "2096-01-03", "isOffDay": true}]}""");
        assertThat(p.year()).isNull();
        assertThat(p.errors()).containsExactly(
                "days 第1项：日期“2096-02-30”须为 yyyy-MM-dd 格式的真实日期",
                "days 第2项：缺少节日名称 name",
                "days 第3项：isOffDay 须为 true（休息）或 false（调休上班）",
                "days 第5项：日期 2096-01-03 重复");
    }

    @Test
    @DisplayName("A file that is not a notice at all is refused with one reason")
    void notANotice() {
        assertThat(parse("not json").errors()).singleElement().asString().startsWith("文件不是有效的JSON：");
        assertThat(parse("[1, 2]").errors()).containsExactly("文件内容须为JSON对象，包含 year 和 days");
        assertThat(parse("{\"year\": 1999, \"days\": []}").errors()).containsExactly("year 须为2000–2100之间的整数");
        assertThat(parse("{\"year\": 2030, \"days\": []}").errors()).containsExactly("days 须为非空数组");
    }
}
