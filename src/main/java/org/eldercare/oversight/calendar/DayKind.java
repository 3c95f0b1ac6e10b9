package org.eldercare.oversight.calendar;

import java.time.LocalDate;
import org.eldercare.oversight.common.Labelled;

/** What a day of the calendar's month grid is; the year view styles each cell by it ({@code cal-HOLIDAY} …). */
enum DayKind implements Labelled {
    WORK("工作日"),
    WEEKEND("周末"),
    HOLIDAY("节假日"),
    MAKEUP("调休上班"),
    /** Padding before the first day of a month. */
    BLANK("");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A day the notice lists is a holiday or a make-up working day; any other day rests only at weekends. */
    static DayKind of(LocalDate date, HolidayStore.ListedDay listed) {
        if (listed != null) {
            return listed.offDay() ? HOLIDAY : MAKEUP;
        }
        return HolidayYear.isWeekend(date) ? WEEKEND : WORK;
    }
}
