package org.eldercare.oversight.calendar;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stored holiday years: years an administrator uploads, and the store behind {@link BundledHolidays} (the notices
 * shipped with the platform). A loaded year triggers recomputation of the tracked deadlines it affects.
 */
@Service
public class HolidayStore {

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final DeadlineTracker tracker;
    private final TransactionTemplate tx;

    HolidayStore(JdbcClient jdbc, WorkingDayCalendar calendar, DeadlineTracker tracker, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.tracker = tracker;
        this.tx = tx;
    }

    public record UploadResult(Integer year, int days, int recomputed, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Validates and stores one year (replacing it if present); a file with any error changes nothing. */
    public UploadResult upload(byte[] content, String by) {
        if (content == null || content.length == 0) {
            return new UploadResult(null, 0, 0, List.of("请选择要上传的节假日JSON文件"));
        }
        HolidayYear.Parsed parsed = HolidayYear.parse(content);
        if (!parsed.ok()) {
            return new UploadResult(null, 0, 0, parsed.errors());
        }
        HolidayYear year = parsed.year();
        replace(year, HolidaySource.UPLOADED, by);
        calendar.reload();
        int recomputed = tracker.recomputeAffectedBy(year.year());
        return new UploadResult(year.year(), year.days().size(), recomputed, List.of());
    }

    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.sql("select year from holiday_year order by year").query(Integer.class).list();
    }

    public record YearInfo(int year, HolidaySource source, String papers, Instant loadedAt, String loadedBy) {
    }

    public Optional<YearInfo> info(int year) {
        return jdbc.sql("select year, source, papers, loaded_at, loaded_by from holiday_year where year = ?")
                .param(year).query(YearInfo.class).optional();
    }

    public record ListedDay(LocalDate day, String name, boolean offDay) {
    }

    /** The notice's own entries for a year (holidays and make-up days), by date. */
    public List<ListedDay> listedDays(int year) {
        return jdbc.sql("select day, name, off_day from holiday_day where extract(year from day) = ? order by day")
                .param(year).query(ListedDay.class).list();
    }

    /** The source of a stored year, if stored. */
    Optional<HolidaySource> source(int year) {
        return jdbc.sql("select source from holiday_year where year = ?").param(year).query(HolidaySource.class).optional();
    }

    /** Whether the stored year holds exactly {@code y}'s days and papers. */
    boolean sameAsStored(HolidayYear y) {
        List<HolidayYear.Day> stored = jdbc.sql("select day, name, off_day from holiday_day where year = ? order by day")
                .param(y.year()).query((rs, i) -> new HolidayYear.Day(rs.getObject("day", LocalDate.class),
                        rs.getString("name"), rs.getBoolean("off_day"))).list();
        String papers = jdbc.sql("select coalesce(papers, '') from holiday_year where year = ?").param(y.year())
                .query(String.class).optional().orElse(null);
        List<HolidayYear.Day> given = y.days().stream().sorted(Comparator.comparing(HolidayYear.Day::date)).toList();
        return stored.equals(given) && String.join("\n", y.papers()).equals(papers);
    }

    /** Stores {@code y} in place of any stored version, in one transaction. */
    void replace(HolidayYear y, HolidaySource source, String by) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("delete from holiday_year where year = ?").param(y.year()).update();
            store(y, source, by);
        });
    }

    private void store(HolidayYear y, HolidaySource source, String by) {
        if (y.days().isEmpty()) {
            throw PlatformException.badRequest("calendar.upload.empty");
        }
        jdbc.sql("insert into holiday_year (year, source, papers, loaded_by) values (?, ?, ?, ?)")
                .params(y.year(), source.name(), String.join("\n", y.papers()), by).update();
        for (HolidayYear.Day d : y.days()) {
            jdbc.sql("insert into holiday_day (year, day, name, off_day) values (?, ?, ?, ?)")
                    .params(y.year(), Date.valueOf(d.date()), d.name(), d.offDay()).update();
        }
    }
}
