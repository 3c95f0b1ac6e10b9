package org.eldercare.oversight.registry.archive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.Excel;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.Breakdown;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * REG-9 自建房 and 房屋安全鉴定, HAZ-7 消防安全标准化 per child region of a region within the caller's scope (ADR 0012): one
 * aggregate statement over the archive that puts each institution in its child region through the region path. Institutions
 * 已终止 are left out; the 达标率 is (达标 + 标杆) / institutions, one decimal.
 */
@Component
public class BuildingSafetyFigures {

    /** The figures of one region: {@code own} for institutions registered at the region itself (本级). */
    public record Part(String code, String name, boolean own, int institutions, int selfBuilt, int appraised, int unsafe,
                       int standardised, BigDecimal standardisedRate) {
    }

    public record Report(String regionCode, String regionName, String childLevelName, List<Part> parts, Part total) {
    }

    private record Tally(int institutions, int selfBuilt, int appraised, int unsafe, int standardised) {
        static final Tally NONE = new Tally(0, 0, 0, 0, 0);

        Tally plus(Tally t) {
            return new Tally(institutions + t.institutions, selfBuilt + t.selfBuilt, appraised + t.appraised, unsafe + t.unsafe,
                    standardised + t.standardised);
        }
    }

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final RegionService regions;

    BuildingSafetyFigures(JdbcClient jdbc, DataScope scope, RegionService regions) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.regions = regions;
    }

    /** {@code regionCode}: the region to break down (the caller's when blank); 404 outside the scope. */
    @Transactional(readOnly = true)
    public Report of(String regionCode) {
        Breakdown b = regions.breakdownInScope(regionCode)
                .orElseThrow(() -> PlatformException.notFound("region.notInScope", regionCode == null ? "" : regionCode));
        Map<String, Tally> tallies = tallies(b);
        Region region = b.region();
        List<Part> parts = new ArrayList<>();
        if (tallies.containsKey(region.code())) {
            parts.add(part(region.code(), region.name() + "本级", true, tallies.get(region.code())));
        }
        for (Region child : b.children()) {
            parts.add(part(child.code(), child.name(), false, tallies.getOrDefault(child.code(), Tally.NONE)));
        }
        Tally sum = tallies.values().stream().reduce(Tally.NONE, Tally::plus);
        return new Report(region.code(), region.name(), b.childLevelName(), parts, part(region.code(), "合计", false, sum));
    }

    private Map<String, Tally> tallies(Breakdown b) {
        Map<String, Tally> tallies = new HashMap<>();
        b.bind(scope.bind(jdbc.sql("select " + b.childOf("r.path") + " as child, count(*) as institutions, "
                + "count(*) filter (where i.self_built) as self_built, "
                + "count(*) filter (where i.appraisal_grade is not null) as appraised, "
                + "count(*) filter (where i.appraisal_grade in ('C', 'D')) as unsafe, "
                + "count(*) filter (where i.fire_standard in ('MET', 'BENCHMARK')) as standardised "
                + "from institution i join region r on r.code = i.region_code "
                + "where i.operating_status <> 'TERMINATED' and " + scope.condition("i.region_code") + " and " + b.within("r.path")
                + " group by 1")))
                .query(rs -> {
                    tallies.put(rs.getString("child"), new Tally(rs.getInt("institutions"), rs.getInt("self_built"),
                            rs.getInt("appraised"), rs.getInt("unsafe"), rs.getInt("standardised")));
                });
        return tallies;
    }

    private static Part part(String code, String name, boolean own, Tally t) {
        BigDecimal rate = t.institutions() == 0 ? null : BigDecimal.valueOf(t.standardised() * 100L)
                .divide(BigDecimal.valueOf(t.institutions()), 1, RoundingMode.HALF_UP);
        return new Part(code, name, own, t.institutions(), t.selfBuilt(), t.appraised(), t.unsafe(), t.standardised(), rate);
    }

    public byte[] excel(String regionCode) {
        Report r = of(regionCode);
        List<String> head = List.of(r.childLevelName(), "机构数", "自建房", "已房屋安全鉴定", "鉴定C/D级（重大隐患候选）",
                "消防安全标准化达标（含标杆）", "达标率（%）");
        List<List<Object>> data = new ArrayList<>();
        List<Part> rows = new ArrayList<>(r.parts());
        rows.add(r.total());
        for (Part p : rows) {
            data.add(List.of(p.name(), p.institutions(), p.selfBuilt(), p.appraised(), p.unsafe(), p.standardised(),
                    p.standardisedRate() == null ? "—" : p.standardisedRate().toPlainString()));
        }
        return Excel.write("房屋与消防安全", head, data);
    }
}
