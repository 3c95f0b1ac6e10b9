package org.eldercare.oversight.registry.unlicensed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.Excel;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.Like;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.region.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read model of the 无证机构台账 (REG-5): the sites in the caller's region and below, filtered by status and by a name or
 * address that contains the search text (wildcards literal, trigram-indexed), newest first in keyset pages with a capped
 * total (issue #9 item 11); the Excel export of the whole register, grouped by status.
 */
@Component
class SiteList {

    static final int MAX_EXPORT_ROWS = 50_000;
    private final JdbcClient jdbc;
    private final DataScope scope;

    SiteList(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** {@code status}: a {@link SiteStatus} name or blank; {@code q}: contained in the name or address, or blank. */
    record Criteria(String status, String q) {
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private Where where(Criteria c) {
        StringBuilder sql = new StringBuilder(" where " + scope.condition("s.region_code"));
        Map<String, Object> params = new HashMap<>();
        if (c.status() != null && !c.status().isBlank()) {
            params.put("status", Labelled.parse(SiteStatus.class, c.status(), "状态").name());
            sql.append(" and s.status = :status");
        }
        if (c.q() != null && !c.q().isBlank()) {
            params.put("q", Like.contains(c.q().trim()));
            sql.append(" and (s.name like :q or s.address like :q)");
        }
        return new Where(sql.toString(), params);
    }

    ListPage<UnlicensedSites.Site> page(Criteria c, PageCursor cursor) {
        Where w = where(c);
        return cursor.page(p -> scope.bind(p.bind(jdbc.sql(UnlicensedSites.SELECT + w.sql() + p.keyCondition("s.id")
                        + p.orderAndLimit("s.id")).params(w.params()))).query(UnlicensedSites.Site.class).list(),
                UnlicensedSites.Site::id,
                () -> scope.bind(jdbc.sql(ListPage.countSql("select 1 from unlicensed_site s" + w.sql())).params(w.params()))
                        .query(Long.class).single());
    }

    byte[] excel(Criteria c) {
        Where w = where(c);
        List<UnlicensedSites.Site> sites = scope.bind(jdbc.sql(UnlicensedSites.SELECT + w.sql()
                        + " order by s.status, s.discovered_on desc, s.id desc limit :limit").params(w.params())
                .param("limit", MAX_EXPORT_ROWS)).query(UnlicensedSites.Site.class).list();
        List<String> head = List.of("名称", "地址", "乡镇（街道）", "房屋性质", "在住老人", "收费", "工作人员", "消防风险", "食品安全风险",
                "管理风险", "拟处置措施", "处置结果", "状态", "来源", "发现日期");
        List<List<Object>> data = new ArrayList<>();
        for (UnlicensedSites.Site s : sites) {
            data.add(List.of(s.name(), s.address(), s.regionName(), nz(s.housingNature()), s.residents(), nz(s.fees()), s.staff(),
                    nz(s.fireRisk()), nz(s.foodRisk()), nz(s.managementRisk()), nz(s.proposedDisposal()), nz(s.outcome()),
                    s.statusLabel(), s.sourceLabel(), s.discoveredOn().toString()));
        }
        return Excel.write("无证机构台账", head, data);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
