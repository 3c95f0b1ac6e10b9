package org.eldercare.oversight.credit.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.credit.record.CreditCodes;
import org.eldercare.oversight.inspection.RiskSignals;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * INS-3: the service sites under a region whose code is on a 失信 list in force (DISHONEST: published, not removed) or has a
 * serious entry in force that no reversal cancelled (SERIOUS_VIOLATION). A code's signal applies to each of its sites under
 * the region. Lists are few, so every listing in force is read; serious entries are read by the region they arose in.
 */
@Component
class CreditRiskSignals implements RiskSignals {

    private final JdbcClient jdbc;
    private final CreditCodes codes;
    private final Clock clock;

    CreditRiskSignals(JdbcClient jdbc, CreditCodes codes, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public Map<Long, Set<Signal>> signalsUnder(String regionPath) {
        Map<String, Set<Signal>> byCode = new HashMap<>();
        jdbc.sql("select distinct uscc from credit_listing where status = 'PUBLISHED'").query(String.class).list()
                .forEach(c -> byCode.computeIfAbsent(c, k -> EnumSet.noneOf(Signal.class)).add(Signal.DISHONEST));
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        jdbc.sql("""
                        select distinct e.uscc from credit_entry e join credit_rule r on r.id = e.rule_id
                        join region g on g.code = e.region_code
                        where g.path like :path || '%' and r.serious and e.occurred_on <= :today and e.expires_on >= :today
                          and not exists (select 1 from credit_entry x where x.reverses_id = e.id)""")
                .param("path", regionPath).param("today", today).query(String.class).list()
                .forEach(c -> byCode.computeIfAbsent(c, k -> EnumSet.noneOf(Signal.class)).add(Signal.SERIOUS_VIOLATION));
        Map<Long, Set<Signal>> bySite = new HashMap<>();
        byCode.forEach((uscc, signals) -> {
            for (InstitutionRoster.Entry site : codes.sites(uscc)) {
                if (under(site.regionCode(), regionPath)) {
                    bySite.put(site.id(), EnumSet.copyOf(signals));
                }
            }
        });
        return bySite;
    }

    private boolean under(String regionCode, String regionPath) {
        List<String> path = jdbc.sql("select path from region where code = ?").param(regionCode).query(String.class).list();
        return !path.isEmpty() && path.get(0).startsWith(regionPath);
    }
}
