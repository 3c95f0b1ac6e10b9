package org.eldercare.oversight.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Working-day arithmetic every deadline in the platform goes through. Saturdays and Sundays rest unless listed as
 * make-up working days; listed holidays rest even on weekdays. Years without announced data count weekends only
 * and mark the result provisional.
 */
@Service
public class WorkingDayCalendar {

    public static final int MAX_WORKING_DAYS = 1000;
    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    WorkingDayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Snapshot(Map<LocalDate, Boolean> offDay, Set<Integer> announcedYears) {
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            s = reload();
        }
        return s;
    }

    /** Re-reads the holiday tables (after a year is loaded). */
    synchronized Snapshot reload() {
        Map<LocalDate, Boolean> off = new HashMap<>();
        // a date listed by two notices (e.g. 12-31 in the next year's file): the notice of the date's own year wins
        jdbc.sql("select year, day, off_day from holiday_day order by (extract(year from day) = year), year")
                .query(rs -> {
                    off.put(rs.getObject("day", LocalDate.class), rs.getBoolean("off_day"));
                });
        Set<Integer> years = new HashSet<>(jdbc.sql("select year from holiday_year").query(Integer.class).list());
        snapshot = new Snapshot(Map.copyOf(off), Set.copyOf(years));
        return snapshot;
    }

    public boolean isAnnounced(int year) {
        return snapshot().announcedYears().contains(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean listed = snapshot().offDay().get(day);
        if (listed != null) {
            return !listed;
        }
        return !HolidayYear.isWeekend(day);
    }

    /** The deadline “within {@code workingDays} working days from {@code from}” (from itself not counted). */
    public Deadline deadline(LocalDate from, int workingDays) {
        if (from == null) {
            throw PlatformException.badRequest("calendar.from.required");
        }
        if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            throw PlatformException.badRequest("calendar.workingDays.range", String.valueOf(MAX_WORKING_DAYS));
        }
        Snapshot s = snapshot();
        boolean provisional = false;
        LocalDate d = from;
        int counted = 0;
        while (counted < workingDays) {
            d = d.plusDays(1);
            provisional |= !s.announcedYears().contains(d.getYear());
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return new Deadline(from, workingDays, d, provisional);
    }

    /** Working days in (from, to]. */
    public WorkingDays workingDaysBetween(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw PlatformException.badRequest("calendar.range.required");
        }
        if (to.isBefore(from)) {
            throw PlatformException.badRequest("calendar.range.reversed");
        }
        if (from.plusYears(10).isBefore(to)) {
            throw PlatformException.badRequest("calendar.range.tooLong");
        }
        Snapshot s = snapshot();
        boolean provisional = false;
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            provisional |= !s.announcedYears().contains(d.getYear());
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return new WorkingDays(from, to, n, provisional);
    }

    public record WorkingDays(LocalDate from, LocalDate to, int workingDays, boolean provisional) {
    }
}
