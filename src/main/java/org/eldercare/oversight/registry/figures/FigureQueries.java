package org.eldercare.oversight.registry.figures;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.region.Breakdown;
import org.eldercare.oversight.region.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry's aggregate queries of the overview (ADR 0012), each one statement that puts every row straight into its
 * child region (through the joined {@code region.path}) and groups by it, within the caller's scope. One pass over the
 * institutions gives all their figures; institutions 已终止 are left out.
 */
@Component
class FigureQueries {

    /** The institution counts of one child region; the four filing standings partition {@code institutions}. */
    record Tally(int institutions, int unfiled, int awaiting, int filed, int revoked, int obliged, int obligedFiled, long beds,
                 long nursingBeds, int filedLate, int overdueUnfiled, Map<String, Integer> byKind) {
        static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of());

        Tally plus(String kind, Tally t) {
            Map<String, Integer> kinds = new HashMap<>(byKind);
            kinds.merge(kind, t.institutions, Integer::sum);
            return new Tally(institutions + t.institutions, unfiled + t.unfiled, awaiting + t.awaiting, filed + t.filed,
                    revoked + t.revoked, obliged + t.obliged, obligedFiled + t.obligedFiled, beds + t.beds, nursingBeds + t.nursingBeds,
                    filedLate + t.filedLate, overdueUnfiled + t.overdueUnfiled, kinds);
        }
    }

    /** An institution still to file (no filing standing, none awaiting a decision). */
    private static final String TO_FILE = "i.filing_status = 'UNFILED' and s.institution_id is null";
    private static final String IN_SERVICE = "i.operating_status in ('OPERATING', 'SUSPENDED')";
    private final JdbcClient jdbc;
    private final DataScope scope;

    FigureQueries(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /**
     * Filing standing (待审核: a filing awaits the bureau's decision), kind, 备案率, beds, late filings and REG-3 overdue
     * unfiled institutions (first admission on or before the cutoff of the nearest region that sets the filing deadline)
     * per child region.
     */
    Map<String, Tally> institutions(Breakdown b, List<FilingCutoffs.Cutoff> cutoffs) {
        Map<String, Object> params = new HashMap<>();
        Map<String, Tally> tallies = new HashMap<>();
        b.bind(scope.bind(jdbc.sql("select " + b.childOf("r.path") + " as child, i.kind, count(*) as institutions, "
                + "count(*) filter (where " + TO_FILE + ") as unfiled, "
                + "count(*) filter (where i.filing_status <> 'FILED' and s.institution_id is not null) as awaiting, "
                + "count(*) filter (where i.filing_status = 'FILED') as filed, "
                + "count(*) filter (where i.filing_status = 'REVOKED' and s.institution_id is null) as revoked, "
                + "count(*) filter (where " + IN_SERVICE + ") as obliged, "
                + "count(*) filter (where " + IN_SERVICE + " and i.filing_status = 'FILED') as obliged_filed, "
                + "sum(i.beds_total) as beds, sum(i.nursing_beds) as nursing_beds, count(l.institution_id) as filed_late, "
                + "count(*) filter (where " + TO_FILE + " and i.first_admission_date <= " + cutoff(cutoffs, params)
                + ") as overdue_unfiled "
                + "from institution i join region r on r.code = i.region_code "
                + "left join (select institution_id from filing where status = 'SUBMITTED') s on s.institution_id = i.id "
                + "left join (select institution_id from filing where late group by institution_id) l on l.institution_id = i.id "
                + "where i.operating_status <> 'TERMINATED' and " + scope.condition("i.region_code") + " and " + b.within("r.path")
                + " group by 1, 2")).params(params))
                .query(rs -> {
                    Tally t = new Tally(rs.getInt("institutions"), rs.getInt("unfiled"), rs.getInt("awaiting"), rs.getInt("filed"),
                            rs.getInt("revoked"), rs.getInt("obliged"), rs.getInt("obliged_filed"), rs.getLong("beds"),
                            rs.getLong("nursing_beds"), rs.getInt("filed_late"), rs.getInt("overdue_unfiled"), Map.of());
                    String kind = rs.getString("kind");
                    tallies.merge(rs.getString("child"), Tally.NONE.plus(kind, t), (a, c) -> a.plus(kind, t));
                });
        return tallies;
    }

    /**
     * SQL for the REG-3 cutoff of the row's region: a date parameter when one deadline applies everywhere in scope (the usual
     * case), else the cutoff of the nearest region that sets one, looked up in a small list only for rows still to file.
     */
    private static String cutoff(List<FilingCutoffs.Cutoff> cutoffs, Map<String, Object> params) {
        if (cutoffs.isEmpty()) {
            return "null";
        }
        if (cutoffs.size() == 1) {
            params.put("cutoff0", Date.valueOf(cutoffs.get(0).cutoff()));
            return "cast(:cutoff0 as date)";
        }
        StringBuilder values = new StringBuilder();
        for (int k = 0; k < cutoffs.size(); k++) {
            values.append(k == 0 ? "" : ", ").append("(cast(:cutoffPath").append(k).append(" as text), cast(:cutoff").append(k)
                    .append(" as date))");
            params.put("cutoffPath" + k, cutoffs.get(k).path());
            params.put("cutoff" + k, Date.valueOf(cutoffs.get(k).cutoff()));
        }
        return "(select c.cutoff from (values " + values + ") c (path, cutoff) where r.path like c.path || '%' "
                + "order by length(c.path) desc limit 1)";
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
