package org.eldercare.oversight.complaint.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.complaint.handling.Category;
import org.eldercare.oversight.region.Breakdown;
import org.eldercare.oversight.region.RegionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of the complaints handled in a region (the caller's or one below it) over the last twelve months: by child
 * region, category, month and service site (the 20 with most). “In time” counts complaints whose first feedback came on or
 * before its deadline, out of those whose feedback was given or is overdue (a complaint still within its period counts in
 * neither). Each figure is one aggregate query over the registration-date index.
 */
@Component
public class ComplaintFigures {

    static final int MONTHS = 12;
    private static final String COUNTS = "count(*) as total, "
            + "count(*) filter (where c.feedback_on is not null and c.feedback_on <= c.feedback_due) as in_time, "
            + "count(*) filter (where c.feedback_on is not null or c.feedback_due < :today) as due, "
            + "count(*) filter (where c.upheld) as upheld ";
    private final JdbcClient jdbc;
    private final RegionService regions;
    private final Clock clock;

    ComplaintFigures(JdbcClient jdbc, RegionService regions, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.clock = clock;
    }

    /** One line: its key and name, complaints, answered in time, due (answered or overdue), upheld. */
    public record Line(String key, String name, long total, long inTime, long due, long upheld) {

        /** The share answered in time in percent (one decimal), or null when none was due yet. */
        public Double inTimePercent() {
            return due == 0 ? null : Math.round(inTime * 1000.0 / due) / 10.0;
        }
    }

    public record Report(String regionCode, String regionName, LocalDate from, LocalDate to, Line total, List<Line> regions,
                         List<Line> categories, List<Line> months, List<Line> institutions) {
    }

    public Report of(String regionCode) {
        Breakdown b = regions.breakdownInScope(regionCode).orElseThrow(() -> PlatformException.forbidden("error.forbidden"));
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        LocalDate from = today.withDayOfMonth(1).minusMonths(MONTHS - 1);
        String base = " from complaint c join region r on r.code = c.region_code where " + b.within("r.path")
                + " and c.registered_on >= :from ";
        List<Line> byRegion = lines("select " + b.childOf("r.path") + " as key, " + COUNTS + base + "group by 1 order by 1", b, from,
                today);
        List<Line> named = byRegion.stream().map(l -> new Line(l.key(), name(b, l.key()), l.total(), l.inTime(), l.due(), l.upheld()))
                .toList();
        List<Line> categories = lines("select c.category as key, " + COUNTS + base + "group by 1 order by 2 desc", b, from, today).stream()
                .map(l -> new Line(l.key(), Category.valueOf(l.key()).label(), l.total(), l.inTime(), l.due(), l.upheld())).toList();
        List<Line> months = lines("select to_char(c.registered_on, 'YYYY-MM') as key, " + COUNTS + base + "group by 1 order by 1", b, from,
                today).stream().map(l -> new Line(l.key(), l.key(), l.total(), l.inTime(), l.due(), l.upheld())).toList();
        List<Line> sites = lines("select c.institution_id::text as key, " + COUNTS + base + "and c.institution_id is not null "
                + "group by 1 order by 2 desc limit 20", b, from, today).stream().map(l -> new Line(l.key(), siteName(l.key()), l.total(),
                l.inTime(), l.due(), l.upheld())).toList();
        Line total = lines("select 'total' as key, " + COUNTS + base, b, from, today).get(0);
        return new Report(b.region().code(), b.region().name(), from, today, new Line("total", "合计", total.total(), total.inTime(),
                total.due(), total.upheld()), named, categories, months, sites);
    }

    private List<Line> lines(String sql, Breakdown b, LocalDate from, LocalDate today) {
        return b.bind(jdbc.sql(sql)).param("from", from).param("today", today)
                .query((rs, n) -> new Line(rs.getString("key"), rs.getString("key"), rs.getLong("total"), rs.getLong("in_time"),
                        rs.getLong("due"), rs.getLong("upheld"))).list();
    }

    private static String name(Breakdown b, String code) {
        if (code.equals(b.region().code())) {
            return b.region().name() + "（本级）";
        }
        return b.children().stream().filter(r -> r.code().equals(code)).map(r -> r.name()).findFirst().orElse(code);
    }

    private String siteName(String id) {
        return jdbc.sql("select institution_name from complaint where institution_id = ? and institution_name is not null limit 1")
                .param(Long.parseLong(id)).query(String.class).optional().orElse(id);
    }
}
