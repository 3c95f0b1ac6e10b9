package org.eldercare.oversight.workforce.staff;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eldercare.oversight.codes.MobilePhone;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Excel;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.Like;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.eldercare.oversight.workforce.access.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read model of the staff registry (WRK-1): employments in the caller's reach (an institution account: its own; others:
 * their region and below, or a region within it), filtered by post, certification, status and a name that contains the
 * search text; newest first in keyset pages with a capped total; the Excel export of the same rows. Numbers and phones
 * only masked.
 */
@Component
public class StaffList {

    static final int MAX_EXPORT_ROWS = 50_000;
    private static final String SELECT = "select e.id, e.person_id, p.name, p.id_number_masked, p.phone, e.institution_id, "
            + "e.region_code, r.name as region_name, e.role, e.care_level, e.start_date, e.end_date, e.status, "
            + Certification.sql("e") + " as certified "
            + "from staff_employment e join staff_person p on p.id = e.person_id join region r on r.code = e.region_code";
    private final JdbcClient jdbc;
    private final DataScope scope;
    private final InstitutionRoster roster;
    private final Clock clock;

    StaffList(JdbcClient jdbc, DataScope scope, InstitutionRoster roster, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.roster = roster;
        this.clock = clock;
    }

    /**
     * {@code region}: a region in scope (blank: all of the caller's); {@code role}: a {@link StaffRole} name; {@code certified}:
     * true or false (blank: both); {@code status}: CURRENT (the default), FLAGGED, ENDED or ALL; {@code q}: contained in the name.
     */
    public record Criteria(String region, String role, Boolean certified, String status, String q) {
    }

    private record Row(long id, long personId, String name, String idNumberMasked, String phone, long institutionId,
                       String regionCode, String regionName, StaffRole role, CareLevel careLevel, LocalDate startDate,
                       LocalDate endDate, EmploymentStatus status, boolean certified) {
    }

    /** One employment as lists, the API and the export show it. */
    public record Staff(long id, long personId, String name, String idNumberMasked, String phoneMasked, long institutionId,
                        String institutionName, String regionCode, String regionName, String role, String roleLabel,
                        String careLevelLabel, LocalDate startDate, LocalDate endDate, String status, String statusLabel,
                        boolean certified) {
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private Where where(Criteria c) {
        StringBuilder sql = new StringBuilder(" where " + scope.condition("e.region_code"));
        Map<String, Object> params = new HashMap<>();
        params.put("today", Date.valueOf(LocalDate.now(clock.withZone(ClockConfiguration.ZONE))));
        Caller caller = Caller.current();
        if (caller.institutionOnly()) {
            sql.append(" and e.institution_id = :institution");
            params.put("institution", caller.institutionId() == null ? -1L : caller.institutionId());
        }
        if (c.region() != null && !c.region().isBlank()) {
            scope.require(c.region().trim());
            sql.append(" and r.path like (select path from region where code = :region) || '%'");
            params.put("region", c.region().trim());
        }
        if (c.role() != null && !c.role().isBlank()) {
            sql.append(" and e.role = :role");
            params.put("role", Labelled.parse(StaffRole.class, c.role(), "岗位").name());
        }
        if (c.certified() != null) {
            sql.append(c.certified() ? " and " : " and not ").append(Certification.sql("e"));
        }
        sql.append(statusCondition(c.status()));
        if (c.q() != null && !c.q().isBlank()) {
            sql.append(" and p.name like :q");
            params.put("q", Like.contains(c.q().trim()));
        }
        return new Where(sql.toString(), params);
    }

    private static String statusCondition(String status) {
        String s = status == null || status.isBlank() ? "CURRENT" : status.trim();
        return switch (s) {
            case "CURRENT" -> " and e.status <> 'ENDED'";
            case "FLAGGED" -> " and e.status = 'FLAGGED'";
            case "ENDED" -> " and e.status = 'ENDED'";
            case "ALL" -> "";
            default -> throw PlatformException.badRequest("field.invalid", "在职状态");
        };
    }

    public ListPage<Staff> page(Criteria c, PageCursor cursor) {
        Where w = where(c);
        ListPage<Row> rows = cursor.page(p -> p.bind(scope.bind(jdbc.sql(SELECT + w.sql() + p.keyCondition("e.id")
                        + p.orderAndLimit("e.id")).params(w.params()))).query(Row.class).list(), Row::id,
                () -> scope.bind(jdbc.sql(ListPage.countSql("select 1 from staff_employment e join staff_person p on p.id = e.person_id "
                        + "join region r on r.code = e.region_code" + w.sql())).params(w.params())).query(Long.class).single());
        return new ListPage<>(shown(rows.items()), rows.nextCursor(), rows.previousCursor(), rows.total(), rows.totalCapped());
    }

    /** Every employment of one person that the caller may see (a search by 公民身份号码), newest first. */
    public List<Staff> ofPerson(long personId) {
        Where w = where(new Criteria(null, null, null, "ALL", null));
        return shown(scope.bind(jdbc.sql(SELECT + w.sql() + " and e.person_id = :person order by e.id desc limit 100")
                .params(w.params()).param("person", personId)).query(Row.class).list());
    }

    /** The rows of the list as an Excel sheet (at most {@value #MAX_EXPORT_ROWS}), numbers and phones masked. */
    public byte[] excel(Criteria c) {
        Where w = where(c);
        List<Row> rows = scope.bind(jdbc.sql(SELECT + w.sql() + " order by e.id desc limit :limit").params(w.params())
                .param("limit", MAX_EXPORT_ROWS)).query(Row.class).list();
        List<List<Object>> data = new ArrayList<>();
        for (Staff s : shown(rows)) {
            data.add(List.of(s.name(), s.idNumberMasked(), nz(s.phoneMasked()), s.institutionName(), s.regionName(), s.roleLabel(),
                    nz(s.careLevelLabel()), s.startDate().toString(), s.endDate() == null ? "" : s.endDate().toString(),
                    s.statusLabel(), s.certified() ? "是" : "否"));
        }
        return Excel.write("从业人员", List.of("姓名", "公民身份号码（脱敏）", "手机号码（脱敏）", "机构", "乡镇（街道）", "岗位",
                "护理员等级", "入职日期", "离职日期", "状态", "持有岗位所需证书"), data);
    }

    private List<Staff> shown(List<Row> rows) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = rows.stream().map(Row::institutionId).distinct().toList();
        for (int i = 0; i < ids.size(); i += InstitutionRoster.MAX_IDS) {
            names.putAll(roster.findAll(ids.subList(i, Math.min(ids.size(), i + InstitutionRoster.MAX_IDS))).stream()
                    .collect(Collectors.toMap(InstitutionRoster.Entry::id, InstitutionRoster.Entry::name)));
        }
        Function<Row, Staff> show = r -> new Staff(r.id(), r.personId(), r.name(), r.idNumberMasked(),
                MobilePhone.mask(r.phone()), r.institutionId(),
                names.getOrDefault(r.institutionId(), "机构" + r.institutionId()), r.regionCode(), r.regionName(), r.role().name(),
                r.role().label(), r.careLevel() == null ? null : r.careLevel().label(), r.startDate(), r.endDate(), r.status().name(),
                r.status().label(), r.certified());
        return rows.stream().map(show).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
