package org.eldercare.oversight.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The start-up loader of the bundled holiday notices recomputes tracked deadlines like an upload does. A synthetic
 * 2031 notice (国庆节 10-01…10-07, make-up days 09-28 and 10-11) stands for a year shipped in an upgrade.
 */
class BundledHolidaysTests extends IntegrationTest {

    private static final int YEAR = 2031;
    private static final Resource NOTICE = new ClassPathResource("holiday-fixtures/2031.json");
    private static final Resource CORRECTED = new ClassPathResource("holiday-fixtures/2031-corrected.json");
    private static final LocalDate FROM = LocalDate.of(2031, 9, 29);

    @Autowired
    BundledHolidays bundled;
    @Autowired
    HolidayStore store;
    @Autowired
    DeadlineTracker tracker;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    TodoBoard todos;

    @BeforeEach
    @AfterEach
    void forgetTheYear() {
        jdbc.sql("delete from holiday_year where year = ?").param(YEAR).update();
        calendar.reload();
    }

    @Test
    @DisplayName("A provisional deadline is recomputed, with its to-do, when the start-up loader loads that year's bundled notice")
    void startUpLoadRecomputesProvisionalDeadlines() throws Exception {
        String source = unique("bundled");
        Deadline before = tracker.track("test-bundled", source, FROM, 5);
        assertThat(before.deadline()).isEqualTo(LocalDate.of(2031, 10, 6));
        assertThat(before.provisional()).isTrue();
        todos.publish(new TodoItem("test-bundled", source, "532301", Role.SUPERVISOR, "核查 " + source, null,
                before.deadline(), true));

        assertThat(bundled.load(List.of(NOTICE))).containsExactly(YEAR);

        // 09-30, (10-01…10-07 rest), 10-08, 10-09, 10-10, Saturday 10-11 worked
        Deadline after = tracker.find("test-bundled", source).orElseThrow();
        assertThat(after.deadline()).isEqualTo(LocalDate.of(2031, 10, 11));
        assertThat(after.provisional()).isFalse();
        assertThat(waitForTodoDue(source, after.deadline())).contains(LocalDate.of(2031, 10, 11));
        assertThat(store.info(YEAR).orElseThrow().source()).isEqualTo(HolidaySource.BUNDLED);
    }

    @Test
    @DisplayName("A bundled year loads once; a corrected notice shipped later replaces it and moves the deadlines again")
    void changedBundledContentReplacesTheYear() throws Exception {
        String source = unique("bundled");
        assertThat(bundled.load(List.of(NOTICE))).containsExactly(YEAR);
        tracker.track("test-bundled", source, FROM, 5);
        assertThat(bundled.load(List.of(NOTICE))).isEmpty();

        assertThat(bundled.load(List.of(CORRECTED))).containsExactly(YEAR);

        // 09-30, (10-01…10-08 rest), 10-09, 10-10, Sunday 10-12 worked, 10-13
        assertThat(tracker.find("test-bundled", source).orElseThrow().deadline()).isEqualTo(LocalDate.of(2031, 10, 13));
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 10, 11))).isFalse();
    }

    @Test
    @DisplayName("A year an administrator uploaded is kept when the bundled notice differs")
    void uploadedYearIsKept() throws Exception {
        HolidayStore.UploadResult uploaded = store.upload(CORRECTED.getContentAsByteArray(), "sysadmin");
        assertThat(uploaded.ok()).isTrue();

        assertThat(bundled.load(List.of(NOTICE))).isEmpty();

        assertThat(store.info(YEAR).orElseThrow().source()).isEqualTo(HolidaySource.UPLOADED);
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 10, 8))).isFalse();
    }

    /** The to-do module follows after commit, asynchronously: wait (generously) until the item shows {@code due}. */
    private Optional<LocalDate> waitForTodoDue(String source, LocalDate due) throws InterruptedException {
        Optional<LocalDate> shown = Optional.empty();
        for (int i = 0; i < 200 && !shown.equals(Optional.of(due)); i++) {
            Thread.sleep(50);
            shown = jdbc.sql("select due_date from todo_item where source_type = 'test-bundled' and source_id = ?")
                    .param(source).query(LocalDate.class).optional();
        }
        return shown;
    }
}
