package org.eldercare.oversight.complaint.handling;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The periods of complaint handling per region (#13 item 2), with national presets on the root region: the value set on
 * the nearest region at or above the complaint's county applies. Working days for the feedback and the objection; calendar
 * days (信访工作条例: 日 means calendar days unless it says 工作日) for handling, extension and review.
 */
@Component
public class ComplaintSettings {

    public static final String FEEDBACK = "feedback.workingDays";
    public static final String OBJECTION = "objection.workingDays";
    public static final String HANDLING = "handling.days";
    public static final String EXTENSION = "extension.maxDays";
    public static final String REVIEW_REQUEST = "review.requestDays";
    public static final String REVIEW_ANSWER = "review.answerDays";
    /** The settings in the order the settings page lists them, with their Chinese names. */
    public static final Map<String, String> NAMES = names();
    private final JdbcClient jdbc;

    ComplaintSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(FEEDBACK, "反馈期限（工作日，自登记之日起）");
        m.put(OBJECTION, "部门异议期限（工作日，自转办之日起）");
        m.put(HANDLING, "办理期限（日，自受理之日起）");
        m.put(EXTENSION, "延期上限（日，限一次）");
        m.put(REVIEW_REQUEST, "复查、复核申请期限（日）");
        m.put(REVIEW_ANSWER, "复查、复核答复期限（日）");
        return java.util.Collections.unmodifiableMap(m);
    }

    public int value(String regionCode, String key) {
        return jdbc.sql("""
                select s.value from complaint_setting s join region r on r.code = s.region_code
                where s.key = :key and (select path from region where code = :region) like r.path || '%'
                order by r.level desc limit 1""")
                .param("key", key).param("region", regionCode).query(Integer.class).optional()
                .orElseThrow(() -> new IllegalStateException("no preset for " + key));
    }

    /** Every setting's value in force for {@code regionCode}. */
    public Map<String, Integer> all(String regionCode) {
        Map<String, Integer> m = new LinkedHashMap<>();
        NAMES.keySet().forEach(k -> m.put(k, value(regionCode, k)));
        return m;
    }

    /** Sets a region's own value (the caller's scope is checked by the caller). */
    public void set(String regionCode, String key, Integer value, String by, Instant now) {
        if (!NAMES.containsKey(key)) {
            throw PlatformException.badRequest("field.invalid", "设置项");
        }
        if (value == null || value < 1 || value > 365) {
            throw PlatformException.badRequest("complaint.setting.range");
        }
        jdbc.sql("""
                insert into complaint_setting (region_code, key, value, set_by, set_at) values (?, ?, ?, ?, ?)
                on conflict (region_code, key) do update set value = excluded.value, set_by = excluded.set_by, set_at = excluded.set_at""")
                .params(regionCode, key, value, by, java.sql.Timestamp.from(now)).update();
    }

    /** The department the responsibility matrix names for {@code category} in the region (null: the bureau itself). */
    public String department(String regionCode, Category category) {
        List<String> found = jdbc.sql("""
                select t.department_code from complaint_route t join region r on r.code = t.region_code
                where t.category = :category and (select path from region where code = :region) like r.path || '%'
                order by r.level desc limit 1""")
                .param("category", category.name()).param("region", regionCode).query((rs, n) -> rs.getString(1)).list();
        return found.isEmpty() ? null : found.get(0);
    }
}
