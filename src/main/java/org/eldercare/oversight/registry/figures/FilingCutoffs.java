package org.eldercare.oversight.registry.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.region.Breakdown;
import org.eldercare.oversight.registry.archive.RegistrySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * REG-3: an institution files within N working days of its first admission, N a per-region setting (the value of the
 * nearest region at or above the institution's). For each region that sets N, the latest first-admission date whose
 * deadline has passed by today: an unfiled institution below that region admitting since that date or earlier is overdue.
 * The working days come from the calendar, so the database compares dates only.
 */
@Component
class FilingCutoffs {

    /** Below {@code path} (unless a longer path that sets its own deadline is nearer) admissions up to {@code cutoff} are overdue. */
    record Cutoff(String path, LocalDate cutoff) {
    }

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    FilingCutoffs(JdbcClient jdbc, WorkingDayCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The cutoffs that matter for the breakdown's region (set above it or within it), nearest (longest path) first. */
    List<Cutoff> of(Breakdown b) {
        LocalDate today = LocalDate.now(clock);
        Map<Integer, LocalDate> byDays = new HashMap<>();
        return jdbc.sql("""
                select r.path, s.value from registry_setting s join region r on r.code = s.region_code
                where s.key = :key and (:path like r.path || '%' or r.path like :path || '%') order by length(r.path) desc""")
                .param("key", RegistrySettings.FILING_DEADLINE).param("path", b.region().path())
                .query((rs, n) -> new Cutoff(rs.getString("path"), byDays.computeIfAbsent(rs.getInt("value"), d -> cutoff(today, d))))
                .list();
    }

    /** The latest day {@code d} before {@code today} whose deadline (d + n working days) lies before {@code today}. */
    LocalDate cutoff(LocalDate today, int workingDays) {
        int days = Math.max(1, Math.min(workingDays, WorkingDayCalendar.MAX_WORKING_DAYS));
        LocalDate d = today.minusDays(1 + days);
        while (!calendar.deadline(d, days).deadline().isBefore(today)) {
            d = d.minusDays(1);
        }
        while (calendar.deadline(d.plusDays(1), days).deadline().isBefore(today)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
