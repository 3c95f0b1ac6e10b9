package org.eldercare.oversight.registry.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** REG-3 for the overview: the cutoff splits first admissions whose filing deadline has passed from those still in time. */
class FilingCutoffsTests extends IntegrationTest {

    @Autowired
    FilingCutoffs cutoffs;
    @Autowired
    WorkingDayCalendar calendar;

    @ParameterizedTest
    @CsvSource({"2026-10-09, 10", "2026-10-12, 10", "2026-05-06, 10", "2026-01-05, 1", "2026-03-02, 20"})
    @DisplayName("REG-3 overdue unfiled: admitted on the cutoff the deadline has passed, admitted a day later it has not")
    void cutoffIsTheLastOverdueAdmission(LocalDate today, int workingDays) {
        LocalDate cutoff = cutoffs.cutoff(today, workingDays);
        assertThat(calendar.deadline(cutoff, workingDays).deadline()).isBefore(today);
        assertThat(calendar.deadline(cutoff.plusDays(1), workingDays).deadline()).isAfterOrEqualTo(today);
    }
}
