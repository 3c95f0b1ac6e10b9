package org.eldercare.oversight.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.common.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads holiday years: the bundled notices (classpath holidays/*.json) at start-up when missing, and years an
 * administrator uploads. A loaded year triggers recomputation of the tracked deadlines it affects.
 */
@Service
@Order(1)
public class HolidayStore implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HolidayStore.class);
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

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:holidays/*.json");
        for (Resource r : resources) {
            byte[] content;
            try (InputStream in = r.getInputStream()) {
                content = in.readAllBytes();
            }
            HolidayYear.Parsed parsed = HolidayYear.parse(content);
            if (!parsed.ok()) {
                throw new IllegalStateException("bundled holiday file " + r.getFilename() + " is invalid: " + parsed.errors());
            }
            if (!exists(parsed.year().year())) {
                tx.executeWithoutResult(s -> store(parsed.year(), HolidaySource.BUNDLED, "system"));
                log.info("Loaded bundled holidays for {}", parsed.year().year());
            }
        }
        calendar.reload();
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
        tx.executeWithoutResult(s -> {
            jdbc.sql("delete from holiday_year where year = ?").param(year.year()).update();
            store(year, HolidaySource.UPLOADED, by);
        });
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

    private boolean exists(int year) {
        return jdbc.sql("select count(*) from holiday_year where year = ?").param(year).query(Long.class).single() > 0;
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
