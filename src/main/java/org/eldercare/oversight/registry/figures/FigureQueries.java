package org.eldercare.oversight.registry.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.region.Breakdown;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.registry.archive.RegistrySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry's aggregate queries of the overview, each one statement grouped by the child region (ADR 0012): the
 * institutions are first counted per region they are registered in (from the covering index {@code institution_figures_idx}),
 * and those groups are rolled up to the child regions through {@code region.path}. All within the caller's scope.
 * Institutions 已终止 are left out.
 */
@Component
class FigureQueries {

    /** The institution counts of one child region; the four filing standings partition {@code institutions}. */
    record Tally(int institutions, int unfiled, int awaiting, int filed, int revoked, int obliged, int obligedFiled, long beds,
                 long nursingBeds, int filedLate) {
        static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private final JdbcClient jdbc;
    private final DataScope scope;

    FigureQueries(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** Filing standing (待审核: a filing awaits the bureau's decision), 备案率, beds and late filings per child region. */
    Map<String, Tally> institutions(Breakdown b) {
        String perRegion = """
                select i.region_code, count(*) as institutions,
                       count(*) filter (where i.filing_status = 'UNFILED' and s.institution_id is null) as unfiled,
                       count(*) filter (where i.filing_status <> 'FILED' and s.institution_id is not null) as awaiting,
                       count(*) filter (where i.filing_status = 'FILED') as filed,
                       count(*) filter (where i.filing_status = 'REVOKED' and s.institution_id is null) as revoked,
                       count(*) filter (where i.operating_status in ('OPERATING', 'SUSPENDED')) as obliged,
                       count(*) filter (where i.operating_status in ('OPERATING', 'SUSPENDED') and i.filing_status = 'FILED')
                           as obliged_filed,
                       sum(i.beds_total) as beds, sum(i.nursing_beds) as nursing_beds, count(l.institution_id) as filed_late
                from institution i
                    left join (select institution_id from filing where status = 'SUBMITTED') s on s.institution_id = i.id
                    left join (select institution_id from filing where late group by institution_id) l on l.institution_id = i.id
                where i.operating_status <> 'TERMINATED' and\s""" + scope.condition("i.region_code") + " group by i.region_code";
        Map<String, Tally> tallies = new HashMap<>();
        b.bind(scope.bind(jdbc.sql("select " + b.childOf("r.path") + """
                 as child, sum(g.institutions) as institutions, sum(g.unfiled) as unfiled, sum(g.awaiting) as awaiting,
                       sum(g.filed) as filed, sum(g.revoked) as revoked, sum(g.obliged) as obliged,
                       sum(g.obliged_filed) as obliged_filed, sum(g.beds) as beds, sum(g.nursing_beds) as nursing_beds,
                       sum(g.filed_late) as filed_late
                from (""" + perRegion + ") g join region r on r.code = g.region_code where " + b.within("r.path") + " group by 1")))
                .query(rs -> {
                    tallies.put(rs.getString("child"), new Tally(rs.getInt("institutions"), rs.getInt("unfiled"),
                            rs.getInt("awaiting"), rs.getInt("filed"), rs.getInt("revoked"), rs.getInt("obliged"),
                            rs.getInt("obliged_filed"), rs.getLong("beds"), rs.getLong("nursing_beds"), rs.getInt("filed_late")));
                });
        return tallies;
    }

    /** Institutions per child region and kind (the kind's name to its count). */
    Map<String, Map<String, Integer>> kinds(Breakdown b) {
        Map<String, Map<String, Integer>> kinds = new HashMap<>();
        b.bind(scope.bind(jdbc.sql("select " + b.childOf("r.path") + " as child, g.kind, sum(g.n) as n from ("
                + "select i.region_code, i.kind, count(*) as n from institution i where i.operating_status <> 'TERMINATED' and "
                + scope.condition("i.region_code") + " group by i.region_code, i.kind) g join region r on r.code = g.region_code"
                + " where " + b.within("r.path") + " group by 1, 2")))
                .query(rs -> {
                    kinds.computeIfAbsent(rs.getString("child"), k -> new HashMap<>()).put(rs.getString("kind"), rs.getInt("n"));
                });
        return kinds;
    }

    /**
     * REG-3 overdue and still unfiled, per child region: 未备案, no filing awaiting a decision, first admission on or before
     * the cutoff of the filing deadline that applies to the institution's region (the setting of its nearest region).
     * {@code cutoffs}: deadline in working days → the latest first admission whose deadline has passed.
     */
    Map<String, Integer> overdueUnfiled(Breakdown b, Map<Integer, LocalDate> cutoffs) {
        Map<String, Integer> counts = new HashMap<>();
        if (cutoffs.isEmpty()) {
            return counts;
        }
        StringBuilder cutoff = new StringBuilder("case d.value");
        Map<String, Object> params = new HashMap<>();
        List<Integer> days = List.copyOf(cutoffs.keySet());
        for (int k = 0; k < days.size(); k++) {
            cutoff.append(" when :days").append(k).append(" then cast(:cutoff").append(k).append(" as date)");
            params.put("days" + k, days.get(k));
            params.put("cutoff" + k, Date.valueOf(cutoffs.get(days.get(k))));
        }
        b.bind(scope.bind(jdbc.sql("select " + b.childOf("r.path") + " as child, count(*) as n "
                + "from institution i join region r on r.code = i.region_code cross join lateral ("
                + "select s.value from registry_setting s join region sr on sr.code = s.region_code "
                + "where s.key = :deadlineKey and r.path like sr.path || '%' order by sr.level desc limit 1) d "
                + "where i.filing_status = 'UNFILED' and i.operating_status <> 'TERMINATED' and i.first_admission_date is not null "
                + "and not exists (select 1 from filing f where f.institution_id = i.id and f.status = 'SUBMITTED') "
                + "and i.first_admission_date <= " + cutoff + " end and " + scope.condition("i.region_code") + " and "
                + b.within("r.path") + " group by 1")))
                .param("deadlineKey", RegistrySettings.FILING_DEADLINE).params(params)
                .query(rs -> {
                    counts.put(rs.getString("child"), rs.getInt("n"));
                });
        return counts;
    }

    /** REG-4 leads awaiting the township's on-site verification, per child region. */
    Map<String, Integer> openLeads(Breakdown b) {
        Map<String, Integer> counts = new HashMap<>();
        b.bind(scope.bind(jdbc.sql("select " + b.childOf("r.path") + " as child, count(*) as n "
                + "from verification_lead l join region r on r.code = l.region_code where l.status = 'OPEN' and "
                + scope.condition("l.region_code") + " and " + b.within("r.path") + " group by 1")))
                .query(rs -> {
                    counts.put(rs.getString("child"), rs.getInt("n"));
                });
        return counts;
    }
}
