package org.eldercare.oversight.registry.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.registry.archive.RegistrySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * REG-3: an institution files within N working days of its first admission (a per-region setting). For each N set
 * anywhere, the latest first-admission date whose deadline has passed by today: an unfiled institution admitting since
 * that date or earlier is overdue. The working days come from the calendar, so the database compares dates only.
 */
@Component
class FilingCutoffs {

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    FilingCutoffs(JdbcClient jdbc, WorkingDayCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Deadline in working days → the latest overdue first-admission date, for every filing deadline set in any region. */
    Map<Integer, LocalDate> today() {
        LocalDate today = LocalDate.now(clock);
        Map<Integer, LocalDate> cutoffs = new HashMap<>();
        jdbc.sql("select distinct value from registry_setting where key = ?").param(RegistrySettings.FILING_DEADLINE)
                .query(Integer.class).list().stream()
                .filter(n -> n >= 1 && n <= WorkingDayCalendar.MAX_WORKING_DAYS)
                .forEach(n -> cutoffs.put(n, cutoff(today, n)));
        return cutoffs;
    }

    /** The latest day {@code d} before {@code today} whose deadline (d + n working days) lies before {@code today}. */
    LocalDate cutoff(LocalDate today, int workingDays) {
        LocalDate d = today.minusDays(1 + workingDays);
        while (!calendar.deadline(d, workingDays).deadline().isBefore(today)) {
            d = d.minusDays(1);
        }
        while (calendar.deadline(d.plusDays(1), workingDays).deadline().isBefore(today)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
