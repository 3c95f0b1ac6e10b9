package org.eldercare.oversight.credit.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rule table and the settings as data (CRD-2): a region's own row wins over its prefecture's, province's and the national
 * preset ({@code 000000}); among a kind's rules the latest whose {@code valid_from} is not after the day applies (a rule
 * change is a new row, so older entries keep the rule they were scored under).
 */
@Component
public class RuleBook {

    /** The rows of {@code table} whose region is {@code :region} or one of its ancestors, the nearest first. */
    private static final String NEAREST = " join region g on g.code = r.region_code"
            + " where (select path from region where code = :region) like g.path || '%'";
    private final JdbcClient jdbc;

    RuleBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rule for {@code kind} in {@code regionCode} on {@code day}, if there is one. */
    public Optional<CreditRule> rule(String regionCode, EntryKind kind, LocalDate day) {
        return jdbc.sql("select r.* from credit_rule r" + NEAREST + " and r.kind = :kind and r.valid_from <= :day"
                        + " order by length(g.path) desc, r.valid_from desc limit 1")
                .param("region", regionCode).param("kind", kind.name()).param("day", day)
                .query(RuleBook::rule).optional();
    }

    /** The rules in force in {@code regionCode} on {@code day}, one per kind. */
    public List<CreditRule> rules(String regionCode, LocalDate day) {
        return jdbc.sql("select distinct on (r.kind) r.* from credit_rule r" + NEAREST + " and r.valid_from <= :day"
                        + " order by r.kind, length(g.path) desc, r.valid_from desc")
                .param("region", regionCode).param("day", day).query(RuleBook::rule).list();
    }

    public CreditSettings settings(String regionCode) {
        return jdbc.sql("select r.* from credit_setting r" + NEAREST + " order by length(g.path) desc limit 1")
                .param("region", regionCode)
                .query((rs, n) -> new CreditSettings(rs.getString("region_code"), rs.getInt("base_score"), rs.getInt("grade_a_min"),
                        rs.getInt("grade_b_min"), rs.getInt("grade_c_min"), rs.getInt("checks_a"), rs.getInt("checks_b"),
                        rs.getInt("checks_c"), rs.getInt("checks_d"), rs.getInt("objection_days"), rs.getInt("removal_years")))
                .single();
    }

    private static CreditRule rule(ResultSet rs, int row) throws SQLException {
        return new CreditRule(rs.getLong("id"), rs.getString("region_code"), EntryKind.valueOf(rs.getString("kind")),
                rs.getObject("valid_from", LocalDate.class), rs.getInt("points"), rs.getInt("valid_months"), rs.getBoolean("serious"),
                rs.getString("department_code"), rs.getString("basis"));
    }
}
