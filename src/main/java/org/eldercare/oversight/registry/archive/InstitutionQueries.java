package org.eldercare.oversight.registry.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eldercare.oversight.common.Excel;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.Like;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read model of the institution list: search within scope, keyset paging, Excel export. */
@Component
public class InstitutionQueries {

    private static final int EXPORT_CHUNK = 2_000;
    private final JdbcClient jdbc;
    private final DataScope scope;

    InstitutionQueries(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** {@code region}: narrow to a region within scope; {@code flag}: late, safetyNet, publicBuilt, firePaperwork, discovered,
     * buildingHazard (房屋安全鉴定C/D级, REG-9). */
    public record Criteria(String region, String q, String status, String kind, String flag) {
        static Criteria empty() {
            return new Criteria(null, null, null, null, null);
        }
    }

    public record Row(long id, String uscc, String name, String kind, String regionCode, String regionName, String countyName,
                      String filingStatus, int bedsTotal, int nursingBeds, int residents, int staff, String operatingStatus,
                      boolean late, String receiptNo, boolean safetyNet, boolean publicBuiltPrivateRun, boolean awaitingReview,
                      boolean buildingHazard, int siteNo) {
        /** How people name the service site (REG-10): the code alone for the seat, {@code 代码/n} otherwise. */
        public String siteCode() {
            return SiteCode.format(uscc, siteNo);
        }

        public String kindLabel() {
            return InstitutionKind.valueOf(kind).label();
        }

        /** The filing standing as users read it: a submitted filing awaiting the bureau shows as 待审核. */
        public String filingStatusLabel() {
            return FilingState.valueOf(filingStatus).labelWhile(awaitingReview);
        }

        public String operatingStatusLabel() {
            return OperatingStatus.valueOf(operatingStatus).label();
        }
    }

    private static final String SELECT = """
            select i.id, i.uscc, i.name, i.kind, i.region_code, r.name as region_name, c.name as county_name, i.filing_status,
                   i.beds_total, i.nursing_beds, i.residents, i.staff, i.operating_status,
                   exists (select 1 from filing f where f.institution_id = i.id and f.late) as late,
                   (select f.receipt_no from filing f where f.institution_id = i.id and f.status = 'FILED' and f.kind = 'INITIAL'
                     order by f.id desc limit 1) as receipt_no,
                   i.safety_net, i.public_built_private_run,
                   exists (select 1 from filing f where f.institution_id = i.id and f.status = 'SUBMITTED') as awaiting_review,
                   coalesce(i.appraisal_grade in ('C', 'D'), false) as building_hazard, i.site_no
            from institution i join region r on r.code = i.region_code left join region c on c.code = r.parent_code
            """;

    private record Where(String sql, Map<String, Object> params) {
    }

    private Where where(Criteria c) {
        StringBuilder sql = new StringBuilder(" where " + scope.condition("i.region_code"));
        Map<String, Object> p = new HashMap<>();
        Caller caller = Caller.current();
        if (caller.institutionOnly()) {
            sql.append(" and i.id = :ownId");
            p.put("ownId", caller.institutionId() == null ? -1L : caller.institutionId());
        }
        if (c.region() != null && !c.region().isBlank()) {
            if (!scope.contains(c.region())) {
                throw PlatformException.notFound("region.notInScope", c.region());
            }
            sql.append(" and r.path like (select path from region where code = :narrow) || '%'");
            p.put("narrow", c.region());
        }
        if (c.q() != null && !c.q().isBlank()) {
            sql.append(" and (i.name like :q or i.uscc like :qUpper)");
            p.put("q", Like.contains(c.q().trim()));
            p.put("qUpper", Like.contains(c.q().trim().toUpperCase(Locale.ROOT)));
        }
        if (c.status() != null && !c.status().isBlank()) {
            Labelled.parse(FilingState.class, c.status(), "备案状态");
            sql.append(" and i.filing_status = :status");
            p.put("status", c.status());
        }
        if (c.kind() != null && !c.kind().isBlank()) {
            Labelled.parse(InstitutionKind.class, c.kind(), "机构类型");
            sql.append(" and i.kind = :kind");
            p.put("kind", c.kind());
        }
        if (c.flag() != null && !c.flag().isBlank()) {
            sql.append(flagCondition(c.flag()));
        }
        return new Where(sql.toString(), p);
    }

    /** The list's 标记 filter as SQL; an unknown flag is a Chinese 400. */
    private static String flagCondition(String flag) {
        return switch (flag) {
            case "late" -> " and exists (select 1 from filing f where f.institution_id = i.id and f.late)";
            case "safetyNet" -> " and i.safety_net";
            case "publicBuilt" -> " and i.public_built_private_run";
            case "firePaperwork" -> " and i.fire_acceptance = 'PAPERWORK_ONLY'";
            case "buildingHazard" -> " and i.appraisal_grade in ('C', 'D')";
            case "discovered" -> " and i.unfiled_discovered_date is not null and i.filing_status <> 'FILED'";
            default -> throw PlatformException.badRequest("registry.field.invalid", "筛选条件");
        };
    }

    /** One keyset page of the list, newest archive first, with the total in scope (capped, issue #9 item 11). */
    public ListPage<Row> search(Criteria c, PageCursor cursor) {
        Where w = where(c);
        return cursor.page(p -> scope.bind(p.bind(jdbc.sql(SELECT + w.sql() + p.keyCondition("i.id") + p.orderAndLimit("i.id"))
                        .params(w.params()))).query(Row.class).list(), Row::id,
                () -> scope.bind(jdbc.sql(ListPage.countSql("select 1 from institution i join region r on r.code = i.region_code"
                        + w.sql())).params(w.params())).query(Long.class).single());
    }

    public static final List<String> EXCEL_HEADERS = List.of("统一社会信用代码", "机构名称", "机构类型", "县（市、区）", "乡镇（街道）",
            "备案状态", "备案回执", "逾期备案", "床位总数", "护理型床位", "在住老人", "工作人员", "运营状态", "兜底保障", "公建民营");

    /**
     * Every site matching {@code c} in the caller's scope, newest archive first as the list shows them, handed on a keyset
     * chunk at a time for the streamed export (no cap, constant memory; #15).
     */
    public void export(Criteria c, Excel.Rows out) {
        Where w = where(c);
        Long after = null;
        List<Row> chunk;
        do {
            String key = after == null ? "" : " and i.id < " + after;
            chunk = scope.bind(jdbc.sql(SELECT + w.sql() + key + " order by i.id desc limit " + EXPORT_CHUNK).params(w.params()))
                    .query(Row.class).list();
            out.add(chunk.stream().map(InstitutionQueries::excelRow).toList());
            after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).id();
        } while (chunk.size() == EXPORT_CHUNK);
    }

    private static List<Object> excelRow(Row r) {
        return List.of(r.siteCode(), r.name(), r.kindLabel(), nz(r.countyName()), r.regionName(), r.filingStatusLabel(),
                nz(r.receiptNo()), r.late() ? "是" : "否", r.bedsTotal(), r.nursingBeds(), r.residents(), r.staff(),
                r.operatingStatusLabel(), r.safetyNet() ? "是" : "否", r.publicBuiltPrivateRun() ? "是" : "否");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
