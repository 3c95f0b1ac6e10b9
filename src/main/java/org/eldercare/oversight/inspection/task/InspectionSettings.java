package org.eldercare.oversight.inspection.task;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-region inspection rule values with national presets on the root region (the nearest region at or above applies):
 * the REG-3 verification deadline (preset 20 working days) and the advance notice of announced checks (preset 3).
 */
@Component
public class InspectionSettings {

    public static final String VERIFICATION_DEADLINE = "verification.deadline.workingDays";
    public static final String NOTICE = "notice.workingDays";
    private final JdbcClient jdbc;

    InspectionSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int value(String regionCode, String key) {
        return jdbc.sql("""
                select s.value from inspection_setting s join region r on r.code = s.region_code
                where s.key = :key and (select path from region where code = :region) like r.path || '%'
                order by r.level desc limit 1""")
                .param("key", key).param("region", regionCode).query(Integer.class).optional()
                .orElseThrow(() -> new IllegalStateException("no preset for " + key));
    }
}
