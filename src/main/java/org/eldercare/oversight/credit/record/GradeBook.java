package org.eldercare.oversight.credit.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.credit.CreditGradeChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current grade of each code (CRD-2): recomputed from the entries in force whenever an entry is recorded, stored, and
 * {@link CreditGradeChanged} published when the grade differs from the stored one (a first grade too). The region whose
 * settings apply is the region of the code's first service site (or of the entry when the code has no site in the register).
 */
@Component
public class GradeBook {

    private final JdbcClient jdbc;
    private final CreditLedger ledger;
    private final RuleBook rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GradeBook(JdbcClient jdbc, CreditLedger ledger, RuleBook rules, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** The stored grade of a code: its letter, score and region. */
    public record Stored(String uscc, String regionCode, int score, String grade, LocalDate gradedOn) {
    }

    public Optional<Stored> stored(String uscc) {
        return jdbc.sql("select uscc, region_code, score, grade, graded_on from credit_grade where uscc = ?").param(uscc)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class))).optional();
    }

    /** The grade as of today, with its explanation, in the settings of {@code regionCode}. */
    public Grading.Grade explain(String uscc, String regionCode) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        return Grading.grade(uscc, ledger.inForce(uscc, today), rules.settings(regionCode), today);
    }

    /** Recomputes and stores the code's grade; publishes {@link CreditGradeChanged} when it changed. */
    @Transactional
    public Grading.Grade recompute(String uscc, String regionCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('credit_grade:' || ?))").param(uscc).query().singleRow();
        Grading.Grade g = explain(uscc, regionCode);
        Optional<Stored> before = stored(uscc);
        jdbc.sql("""
                insert into credit_grade (uscc, region_code, score, grade, graded_on) values (?, ?, ?, ?, ?)
                on conflict (uscc) do update set region_code = excluded.region_code, score = excluded.score, grade = excluded.grade,
                    graded_on = excluded.graded_on, updated_at = now()""")
                .params(uscc, regionCode, g.score(), g.grade(), g.asOf()).update();
        String previous = before.map(Stored::grade).orElse(null);
        if (!g.grade().equals(previous)) {
            events.publishEvent(new CreditGradeChanged(uscc, g.grade(), previous, g.score(), g.asOf()));
        }
        return g;
    }
}
