package org.eldercare.oversight.bench;

import java.util.List;

/** Every hot path of issue #15, in report order. Adding one: an entry here, a request, a baseline. */
public final class HotPaths {

    public static final String LIST_COUNTY = "list-county";
    public static final String LIST_NATIONAL = "list-national";
    public static final String PUBLIC_COMMITMENTS = "public-commitments";
    public static final String OVERVIEW = "overview";
    public static final String BAN_CHECK = "ban-check";
    public static final String IMPORT = "import";
    public static final String EXPORT = "export";

    public static final List<HotPath> ALL = List.of(
            HotPath.of(LIST_COUNTY, "机构名录 institution list, county scope (GET /api/v1/institutions?region=county)",
                    "p95 ≤ 30 ms and ≤ 2× raw SQL", 30.0, 2.0),
            HotPath.of(LIST_NATIONAL, "机构名录 institution list, national scope (GET /api/v1/institutions)",
                    "p95 ≤ 100 ms and ≤ 2× raw SQL", 100.0, 2.0),
            HotPath.notBuilt("public-directory", "公开名录 public directory search", "p95 ≤ 30 ms at 200 req/s"),
            HotPath.of(PUBLIC_COMMITMENTS, "信用承诺公开查询 public commitment search (GET /api/v1/public/commitments?q=…)",
                    "p95 ≤ 30 ms at 200 req/s", 30.0, 2.0),
            HotPath.of(OVERVIEW, "辖区概况 region dashboard aggregate (GET /api/v1/overview?region=root)",
                    "≤ 2× raw SQL", null, 2.0),
            HotPath.of(IMPORT, "登记数据导入 registration import (POST /api/v1/registrations/imports, 202 + poll)",
                    "≥ 50% of the raw COPY rate (ratio ≤ 2)", null, 2.0),
            HotPath.notBuilt("draw", "双随机抽取 random draw over the national pool", "≤ 1 s"),
            HotPath.notBuilt("overdue-sweep", "逾期扫描 overdue sweep", "≤ 2 s"),
            HotPath.of(EXPORT, "机构名录导出 Excel export (GET /registry/institutions/export)",
                    "heap growth ≤ 64 MB for 100,000 rows", null, null),
            HotPath.of(BAN_CHECK, "行业禁入核查 workforce ban check (POST /api/v1/bans/check, #16)",
                    "p95 ≤ 20 ms at 1.5M staff", 20.0, null));

    private HotPaths() {
    }

    public static HotPath get(String key) {
        return ALL.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }
}
