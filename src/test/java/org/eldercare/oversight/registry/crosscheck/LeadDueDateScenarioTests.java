package org.eldercare.oversight.registry.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.calendar.DeadlineRecomputed;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.calendar.HolidayStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** The due date copied into a verification lead follows the calendar when its tracked deadline is recomputed. */
@EnableScenarios
class LeadDueDateScenarioTests extends IntegrationTest {

    @Autowired
    DeadlineTracker tracker;
    @Autowired
    HolidayStore holidays;

    private long openLead(LocalDate due) {
        return jdbc.sql("insert into verification_lead (name, region_code, due_date, created_at) values (?, ?, ?, ?) returning id")
                .params(unique("线索测试养老院"), "532301101000", Date.valueOf(due), Timestamp.from(Instant.now()))
                .query(Long.class).single();
    }

    private LocalDate leadDue(long leadId) {
        return jdbc.sql("select due_date from verification_lead where id = ?").param(leadId).query(LocalDate.class).single();
    }

    @Test
    @DisplayName("Calendar: DeadlineRecomputed for a lead task → the lead's due date is the new deadline")
    void aRecomputedDeadlineMovesTheLeadDueDate(Scenario scenario) {
        long lead = openLead(LocalDate.of(2027, 1, 4));
        scenario.publish(new DeadlineRecomputed(LeadTasks.LEAD_TASK, String.valueOf(lead), LocalDate.of(2027, 1, 4),
                        LocalDate.of(2027, 1, 6), false))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> leadDue(lead), due -> due.equals(LocalDate.of(2027, 1, 6)))
                .andVerify(due -> assertThat(due).isEqualTo(LocalDate.of(2027, 1, 6)));
    }

    @Test
    @DisplayName("Loading a year's holidays moves a lead's provisional due date to the recomputed deadline")
    void loadingAYearMovesTheLeadDueDate() throws Exception {
        LocalDate from = LocalDate.of(2093, 4, 28);
        long lead = openLead(LocalDate.of(2093, 5, 5));
        Deadline provisional = tracker.track(LeadTasks.LEAD_TASK, String.valueOf(lead), from, 5);
        assertThat(provisional.deadline()).isEqualTo(LocalDate.of(2093, 5, 5));
        String notice = "{\"year\":2093,\"days\":[{\"name\":\"劳动节\",\"date\":\"2093-05-01\",\"isOffDay\":true},"
                + "{\"name\":\"劳动节\",\"date\":\"2093-05-04\",\"isOffDay\":true}]}";
        try {
            assertThat(holidays.upload(notice.getBytes(StandardCharsets.UTF_8), "sysadmin").ok()).isTrue();
            LocalDate recomputed = tracker.find(LeadTasks.LEAD_TASK, String.valueOf(lead)).orElseThrow().deadline();
            assertThat(recomputed).isAfter(provisional.deadline());
            for (int i = 0; i < 200 && !leadDue(lead).equals(recomputed); i++) {
                Thread.sleep(50);
            }
            assertThat(leadDue(lead)).isEqualTo(recomputed);
        } finally {
            tracker.untrack(LeadTasks.LEAD_TASK, String.valueOf(lead));
        }
    }
}
