package org.eldercare.oversight.disclosure.bureau;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The disclosure periods in working days, per region with national presets (V47): {@code deadline.POLICY},
 * {@code deadline.SUPPORT}, {@code deadline.PROCEDURE} (10, the county catalogue of the 基层政务公开标准指引) and
 * {@code deadline.FILING_LIST} (20, 政府信息公开条例 第二十六条). A region without its own value takes its nearest ancestor's.
 */
@Component
public class DisclosureSettings {

    static final String FILING_LIST = "FILING_LIST";
    private final JdbcClient jdbc;

    DisclosureSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The working days within which {@code what} (a category's name or FILING_LIST) is published in {@code regionCode}. */
    public int deadlineDays(String what, String regionCode) {
        return jdbc.sql("""
                select s.value from disclosure_setting s join region r on r.code = s.region_code
                where s.key = :key and (select path from region where code = :region) like r.path || '%'
                order by r.level desc limit 1""")
                .param("key", "deadline." + what).param("region", regionCode == null ? "000000" : regionCode)
                .query(Integer.class).optional().orElse(20);
    }
}
