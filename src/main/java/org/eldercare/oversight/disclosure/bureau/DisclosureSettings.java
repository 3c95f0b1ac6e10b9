package org.eldercare.oversight.disclosure.bureau;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure periods in working days, per region with national presets (V47): {@code deadline.POLICY},
 * {@code deadline.SUPPORT}, {@code deadline.PROCEDURE} (10, the county catalogue of the 基层政务公开标准指引) and
 * {@code deadline.FILING_LIST} (20, 政府信息公开条例 第二十六条). A region without its own value takes its nearest ancestor's;
 * supervisors set their region's values (or let them inherit again).
 */
@Component
public class DisclosureSettings {

    static final String FILING_LIST = "FILING_LIST";
    /** The periods a region may set, with their Chinese names. */
    static final Map<String, String> PERIODS = periods();
    private final JdbcClient jdbc;
    private final DataScope scope;

    DisclosureSettings(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    private static Map<String, String> periods() {
        Map<String, String> m = new LinkedHashMap<>();
        for (PublicationCategory c : PublicationCategory.values()) {
            m.put(c.name(), c.label() + "公开期限");
        }
        m.put(FILING_LIST, "备案信息更新周期");
        return m;
    }

    /** One period of a region: its value in working days, and whether the region set it or inherits it from {@code source}. */
    public record Period(String key, String label, int workingDays, boolean own, String source) {
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

    /** The periods in force in a region of the caller's scope (404 outside it). */
    public List<Period> periods(String regionCode) {
        scope.require(regionCode);
        List<Period> out = new ArrayList<>();
        PERIODS.forEach((key, label) -> out.add(jdbc.sql("""
                        select s.value, s.region_code from disclosure_setting s join region r on r.code = s.region_code
                        where s.key = :key and (select path from region where code = :region) like r.path || '%'
                        order by r.level desc limit 1""").param("key", "deadline." + key).param("region", regionCode)
                .query((rs, n) -> new Period(key, label, rs.getInt(1), regionCode.equals(rs.getString(2)), rs.getString(2)))
                .optional().orElse(new Period(key, label, 20, false, "000000"))));
        return out;
    }

    /** Sets a region's periods: a value (1–1000 working days) is the region's own, a missing one inherits again. */
    @Transactional
    public List<Period> set(String regionCode, Map<String, Integer> values) {
        scope.require(regionCode);
        Map<String, Integer> given = values == null ? Map.of() : values;
        for (Map.Entry<String, Integer> e : given.entrySet()) {
            if (!PERIODS.containsKey(e.getKey())) {
                throw PlatformException.badRequest("disclosure.settings.key", e.getKey());
            }
            if (e.getValue() != null && (e.getValue() < 1 || e.getValue() > 1000)) {
                throw PlatformException.badRequest("disclosure.settings.range", PERIODS.get(e.getKey()));
            }
        }
        for (String key : PERIODS.keySet()) {
            Integer v = given.get(key);
            if (v == null) {
                jdbc.sql("delete from disclosure_setting where region_code = ? and key = ?").params(regionCode, "deadline." + key).update();
            } else {
                jdbc.sql("""
                        insert into disclosure_setting (region_code, key, value) values (?, ?, ?)
                        on conflict (region_code, key) do update set value = excluded.value""")
                        .params(regionCode, "deadline." + key, v).update();
            }
        }
        return periods(regionCode);
    }
}
