package org.eldercare.oversight.complaint.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.inspection.RiskSignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The COMPLAINT signal of the 双随机 draw (INS-3, 「对投诉举报多……的，增加抽查频次」): a service site carries it when, in the
 * last twelve months (by registration date), a complaint about it was concluded as upheld (属实), or at least
 * {@value #MANY} complaints about it were registered (not counting those refused as 不予受理). ADR 0022.
 */
@Component
class ComplaintRiskSignals implements RiskSignals {

    static final int MANY = 3;
    private final JdbcClient jdbc;
    private final Clock clock;

    ComplaintRiskSignals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<Long, Set<Signal>> signalsUnder(String regionPath) {
        LocalDate since = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).minusMonths(12);
        Map<Long, Set<Signal>> signals = new HashMap<>();
        jdbc.sql("""
                select c.institution_id from complaint c join region r on r.code = c.place_region_code
                where r.path like :path and c.institution_id is not null and c.registered_on > :since and c.state <> 'NOT_ACCEPTED'
                group by c.institution_id having count(*) >= :many or bool_or(coalesce(c.upheld, false) and c.state = 'CONCLUDED')""")
                .param("path", regionPath + "%").param("since", since).param("many", MANY)
                .query(Long.class).list().forEach(id -> signals.put(id, EnumSet.of(Signal.COMPLAINT)));
        return signals;
    }
}
