package org.eldercare.oversight.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.common.PlatformException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.json.JsonCompareMode;

class WorkingDayCalendarTests extends IntegrationTest {

    @Autowired
    WorkingDayCalendar calendar;

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource({
            "2024-09-27, 20, 2024-10-30, National Day 2024 with make-up Sundays/Saturdays 09-29 and 10-12",
            "2024-09-27, 1, 2024-09-29, the make-up Sunday before National Day counts",
            "2025-01-24, 5, 2025-02-07, Spring Festival 2025 with make-up days 01-26 and 02-08",
            "2025-12-31, 1, 2026-01-04, New Year 2026: 01-01..03 rest, Sunday 01-04 worked",
            "2023-12-29, 1, 2024-01-02, New Year 2024 across the year boundary",
            "2024-11-01, 1, 2024-11-04, a Friday start lands on Monday",
            "2024-10-03, 1, 2024-10-08, a start on a holiday counts from the first working day after",
            "2025-09-26, 10, 2025-10-16, National Day and Mid-Autumn 2025",
            "2026-09-30, 1, 2026-10-08, National Day 2026"
    })
    @DisplayName("REG-3 deadlines in Chinese working days: the start day is not counted")
    void deadlines(LocalDate from, int n, LocalDate expected, String why) {
        Deadline d = calendar.deadline(from, n);
        assertThat(d.deadline()).as(why).isEqualTo(expected);
        assertThat(d.provisional()).isFalse();
    }

    @Test
    @DisplayName("Deadline API answers the documented example")
    void deadlineApi() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2024-09-27").param("workingDays", "20")
                        .with(httpBasic("demo-township", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"from\":\"2024-09-27\",\"workingDays\":20,\"deadline\":\"2024-10-30\","
                        + "\"provisional\":false}", JsonCompareMode.STRICT));
    }

    @Test
    @DisplayName("Working days are counted in (from, to]")
    void workingDaysApi() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2024-09-30").param("to", "2024-10-08")
                        .with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDays").value(1))
                .andExpect(jsonPath("$.from").value("2024-09-30"))
                .andExpect(jsonPath("$.to").value("2024-10-08"));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)).workingDays())
                .as("2025 has 248 working days (two extra statutory holidays from 2025)").isEqualTo(248);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 1)).workingDays()).isZero();
    }

    @Test
    @DisplayName("Bad or missing calendar parameters get a 400 problem in Chinese")
    void badParameters() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("workingDays", "5").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请提供起始日期 from（格式 yyyy-MM-dd）。"));
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2024-02-30").param("workingDays", "5")
                        .with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("参数“from”格式不正确。"));
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2024-02-01").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请提供工作日数 workingDays。"));
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2024-02-01").param("workingDays", "0")
                        .with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("工作日数须为1至1000之间的整数。"));
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2024-02-01").param("workingDays", "x")
                        .with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("参数“workingDays”格式不正确。"));
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2024-02-01").param("to", "2024-01-01")
                        .with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("截止日期 to 不能早于起始日期 from。"));
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2024-02-01").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请提供起止日期 from 和 to（格式 yyyy-MM-dd）。"));
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2024-02-01").param("workingDays", "5"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("Holidays rest even on weekdays; make-up Saturdays and Sundays are working days")
    void dayKinds() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 1))).isFalse();   // Tuesday, National Day
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 12))).isTrue();   // Saturday, 调休
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 13))).isFalse();  // ordinary Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 14))).isTrue();   // ordinary Monday
        assertThatThrownBy(() -> calendar.deadline(LocalDate.of(2024, 1, 1), 1001)).isInstanceOf(PlatformException.class);
    }
}
