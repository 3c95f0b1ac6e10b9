package org.eldercare.oversight.registry.archive;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-region rule values (deadlines in working days, the registration import's row limit) with national presets on the
 * root region: the value set on the nearest region at or above the given one applies.
 */
@Component
public class RegistrySettings {

    public static final String FILING_DEADLINE = "filing.deadline.workingDays";
    public static final String VERIFICATION_DEADLINE = "verification.deadline.workingDays";
    public static final String LEAD_DEADLINE = "lead.deadline.workingDays";
    /** REG-4, #9 item 8: the most data rows one registration file may have. */
    public static final String IMPORT_MAX_ROWS = "import.maxRows";
    private final JdbcClient jdbc;

    RegistrySettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int value(String regionCode, String key) {
        return jdbc.sql("""
                select s.value from registry_setting s join region r on r.code = s.region_code
                where s.key = :key and (select path from region where code = :region) like r.path || '%'
                order by r.level desc limit 1""")
                .param("key", key).param("region", regionCode).query(Integer.class).optional()
                .orElseThrow(() -> new IllegalStateException("no preset for " + key));
    }
}
