package org.eldercare.oversight.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DayKindTest {

    @Test
    @DisplayName("The year view marks listed rest days as holidays, listed working weekends as make-up days, else by weekday")
    void kindOfEachDay() {
        LocalDate nationalDay = LocalDate.of(2024, 10, 1);
        LocalDate makeUpSaturday = LocalDate.of(2024, 10, 12);
        assertThat(DayKind.of(nationalDay, new HolidayStore.ListedDay(nationalDay, "国庆节", true))).isEqualTo(DayKind.HOLIDAY);
        assertThat(DayKind.of(makeUpSaturday, new HolidayStore.ListedDay(makeUpSaturday, "国庆节", false))).isEqualTo(DayKind.MAKEUP);
        assertThat(DayKind.of(LocalDate.of(2024, 10, 13), null)).isEqualTo(DayKind.WEEKEND);
        assertThat(DayKind.of(LocalDate.of(2024, 10, 14), null)).isEqualTo(DayKind.WORK);
        assertThat(DayKind.MAKEUP.label()).isEqualTo("调休上班");
    }
}
