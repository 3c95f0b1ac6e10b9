package org.eldercare.oversight.calendar;

import org.eldercare.oversight.identity.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class ProvisionalDeadlineTests extends IntegrationTest {

    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    DeadlineTracker tracker;
    @Autowired
    TodoBoard todos;

    @Test
    @DisplayName("A deadline reaching an unannounced year (2027) is provisional, with the reason in the API")
    void unannouncedYearIsProvisional() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-12-20").param("workingDays", "20")
                        .with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2027-01-15"))
                .andExpect(jsonPath("$.provisional").value(true))
                .andExpect(jsonPath("$.note").value("该年度节假日安排尚未公布，按周末推算"));
        assertThat(calendar.deadline(LocalDate.of(2026, 11, 2), 20).provisional()).isFalse();
    }

    @Test
    @DisplayName("Uploading a year recomputes every stored provisional deadline and the to-do items that show it")
    void uploadRecomputesProvisionalDeadlines() throws Exception {
        String source = unique("task");
        Deadline before = tracker.track("test-inspection", source, LocalDate.of(2098, 12, 1), 5);
        assertThat(before.deadline()).isEqualTo(LocalDate.of(2098, 12, 8));
        assertThat(before.provisional()).isTrue();
        todos.publish(new TodoItem("test-inspection", source, "532301", Role.SUPERVISOR, "核查 " + source, null,
                before.deadline(), before.provisional()));

        String notice = "{\"year\":2098,\"papers\":[\"测试通知\"],\"days\":[{\"name\":\"测试节\",\"date\":\"2098-12-03\",\"isOffDay\":true},"
                + "{\"name\":\"测试节\",\"date\":\"2098-12-06\",\"isOffDay\":false}]}";
        mvc.perform(post("/api/v1/admin/calendar/years").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(notice))
                .andExpect(status().isOk()).andExpect(jsonPath("$.year").value(2098));

        // 12-03 (Wed) now rests, Saturday 12-06 is worked: 12-02, 12-04, 12-05, 12-06, 12-08 → still 12-08 but no longer provisional
        Deadline after = tracker.find("test-inspection", source).orElseThrow();
        assertThat(after.deadline()).isEqualTo(LocalDate.of(2098, 12, 8));
        assertThat(after.provisional()).isFalse();
        Deadline shorter = tracker.track("test-inspection", source + "-b", LocalDate.of(2098, 12, 1), 3);
        assertThat(shorter.deadline()).isEqualTo(LocalDate.of(2098, 12, 5));
        assertThat(todoProvisional(source)).isFalse();
    }

    @Test
    @DisplayName("Uploading a year moves a tracked deadline and its to-do item when the new holidays change it")
    void uploadMovesDeadline() throws Exception {
        String source = unique("task");
        Deadline before = tracker.track("test-inspection", source, LocalDate.of(2097, 4, 28), 5);
        assertThat(before.provisional()).isTrue();
        todos.publish(new TodoItem("test-inspection", source, "532301", Role.SUPERVISOR, "核查 " + source, null,
                before.deadline(), true));
        String notice = "{\"year\":2097,\"days\":[{\"name\":\"劳动节\",\"date\":\"2097-05-01\",\"isOffDay\":true},"
                + "{\"name\":\"劳动节\",\"date\":\"2097-05-02\",\"isOffDay\":true}]}";
        mvc.perform(post("/api/v1/admin/calendar/years").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(notice))
                .andExpect(status().isOk()).andExpect(jsonPath("$.recomputed").value(Matchers.greaterThanOrEqualTo(1)));
        Deadline after = tracker.find("test-inspection", source).orElseThrow();
        assertThat(after.deadline()).isEqualTo(calendar.deadline(LocalDate.of(2097, 4, 28), 5).deadline());
        assertThat(after.deadline()).isAfter(before.deadline());
        assertThat(after.provisional()).isFalse();
        assertThat(todoDue(source)).isEqualTo(after.deadline());
    }

    @Test
    @DisplayName("A bad holiday file is refused with Chinese reasons and changes nothing; only the system admin may upload")
    void badUploadChangesNothing() throws Exception {
        long years = jdbc.sql("select count(*) from holiday_year").query(Long.class).single();
        String bad = "{\"year\":2096,\"days\":[{\"name\":\"元旦\",\"date\":\"2096-02-30\",\"isOffDay\":true},"
                + "{\"name\":\"元旦\",\"date\":\"2095-06-01\",\"isOffDay\":true},{\"name\":\"\",\"date\":\"2096-01-01\",\"isOffDay\":true},"
                + "{\"name\":\"春节\",\"date\":\"2096-01-02\",\"isOffDay\":\"yes\"}]}";
        mvc.perform(post("/api/v1/admin/calendar/years").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value("days 第1项：日期“2096-02-30”须为 yyyy-MM-dd 格式的真实日期"))
                .andExpect(jsonPath("$.errors[1]").value("days 第2项：日期 2095-06-01 不属于 2096 年（仅允许相邻的12月或1月）"))
                .andExpect(jsonPath("$.errors[2]").value("days 第3项：缺少节日名称 name"))
                .andExpect(jsonPath("$.errors[3]").value("days 第4项：isOffDay 须为 true（休息）或 false（调休上班）"));
        mvc.perform(post("/api/v1/admin/calendar/years").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("not json"))
                .andExpect(status().isBadRequest());
        // replacing an existing year with a broken file leaves the old one in place
        mvc.perform(post("/api/v1/admin/calendar/years").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\":2024,\"days\":[]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0]").value("days 须为非空数组"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 1))).isFalse();
        assertThat(jdbc.sql("select count(*) from holiday_year").query(Long.class).single()).isEqualTo(years);
        mvc.perform(post("/api/v1/admin/calendar/years").with(httpBasic("demo-supervisor", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2095,\"days\":[{\"name\":\"x\",\"date\":\"2095-01-01\",\"isOffDay\":true}]}"))
                .andExpect(status().isForbidden());
        assertThat(calendar.isAnnounced(2095)).isFalse();
    }

    @Test
    @DisplayName("The year view marks holidays and make-up working days")
    void yearView() throws Exception {
        String html = mvc.perform(get("/calendar").param("year", "2024").session(login("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("工作日历 <span>2024</span> 年")
                .containsPattern("class=\"cal-cell cal-HOLIDAY\"\\s+title=\"国庆节\" data-date=\"2024-10-01\"")
                .containsPattern("class=\"cal-cell cal-MAKEUP\"\\s+title=\"国庆节\" data-date=\"2024-10-12\"")
                .containsPattern("class=\"cal-cell cal-WEEKEND\"\\s+data-date=\"2024-10-13\"")
                .contains("全年工作日 <strong>251</strong> 天")
                .doesNotContain("上传年度节假日安排");
        String admin = mvc.perform(get("/calendar").param("year", "2030").session(login("sysadmin", DEMO_PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(admin).contains("该年度节假日安排尚未公布，按周末推算").contains("上传年度节假日安排");
    }

    private Boolean todoProvisional(String source) throws InterruptedException {
        waitForTodo(source);
        return jdbc.sql("select provisional from todo_item where source_id = ?").param(source).query(Boolean.class).single();
    }

    private LocalDate todoDue(String source) throws InterruptedException {
        waitForTodo(source);
        return jdbc.sql("select due_date from todo_item where source_id = ?").param(source).query(LocalDate.class).single();
    }

    /** The to-do module listens asynchronously after commit: wait until the item no longer shows the provisional date. */
    private void waitForTodo(String source) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            Boolean p = jdbc.sql("select provisional from todo_item where source_id = ?").param(source).query(Boolean.class).single();
            if (!p) {
                return;
            }
            Thread.sleep(100);
        }
    }
}
