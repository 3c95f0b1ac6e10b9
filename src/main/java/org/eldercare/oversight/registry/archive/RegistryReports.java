package org.eldercare.oversight.registry.archive;

import org.eldercare.oversight.common.Excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** REG-6 name check and REG-7 消防审验 tracking, per county within the caller's scope. */
@Component
public class RegistryReports {

    private final JdbcClient jdbc;
    private final DataScope scope;

    RegistryReports(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    record Named(long id, String name, String uscc, String regionCode, String countyName, String townName, String regionPath) {
    }

    record IrregularName(long id, String name, String uscc, String countyName, String townName, List<String> problems) {
    }

    record CountyCount(String county, int total, int irregular) {
    }

    record NameReport(List<CountyCount> counties, List<IrregularName> irregular, int total) {
    }

    /**
     * The REG-6 name check of the institutions in scope. The 行政区划 a name must carry is one of its own place (township,
     * county, prefecture, province), not any of the country's 45,000 division names, many of which are common words.
     */
    public NameReport names() {
        List<Named> all = scope.bind(jdbc.sql("""
                select i.id, i.name, i.uscc, i.region_code, c.name as county_name, r.name as town_name, r.path as region_path
                from institution i join region r on r.code = i.region_code left join region c on c.code = r.parent_code
                where\s""" + scope.condition("i.region_code") + " order by c.name, r.name, i.name")).query(Named.class).list();
        Map<String, Set<String>> wordsByRegion = placeWords(all);
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<IrregularName> irregular = new ArrayList<>();
        for (Named n : all) {
            List<String> problems = NameRules.problems(n.name(), wordsByRegion.get(n.regionCode()));
            int[] c = counts.computeIfAbsent(n.countyName() == null ? "—" : n.countyName(), k -> new int[2]);
            c[0]++;
            if (!problems.isEmpty()) {
                c[1]++;
                irregular.add(new IrregularName(n.id(), n.name(), n.uscc(), n.countyName(), n.townName(), problems));
            }
        }
        List<CountyCount> list = counts.entrySet().stream()
                .map(e -> new CountyCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new NameReport(list, irregular, all.size());
    }

    /** Per region of the institutions: the words (names and short forms) of the region and the divisions above it. */
    private Map<String, Set<String>> placeWords(List<Named> institutions) {
        Map<String, List<String>> chains = new HashMap<>();
        institutions.forEach(n -> chains.computeIfAbsent(n.regionCode(), c -> Arrays.stream(n.regionPath().split("/"))
                .filter(code -> !code.isEmpty() && !Region.COUNTRY.equals(code)).toList()));
        Set<String> codes = new HashSet<>();
        chains.values().forEach(codes::addAll);
        Map<String, String> names = jdbc.sql("select code, name from region where code = any(?)").param(codes.toArray(String[]::new))
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Set<String>> words = new HashMap<>();
        chains.forEach((region, chain) -> words.put(region, NameRules.regionWords(chain.stream().map(names::get)
                .filter(Objects::nonNull).toList())));
        return words;
    }

    record FireRow(long id, String name, String uscc, String countyName, String townName, BigDecimal floorArea, int residents,
                   int bedsTotal) {
    }

    record FireCounty(String county, int count, BigDecimal floorArea, int residents) {
    }

    record FireReport(List<FireCounty> counties, List<FireRow> rows, int count, BigDecimal floorArea, int residents) {
    }

    public FireReport fire() {
        List<FireRow> rows = scope.bind(jdbc.sql("""
                select i.id, i.name, i.uscc, c.name as county_name, r.name as town_name, i.floor_area, i.residents, i.beds_total
                from institution i join region r on r.code = i.region_code left join region c on c.code = r.parent_code
                where i.fire_acceptance = 'PAPERWORK_ONLY' and\s"""
                + scope.condition("i.region_code") + " order by c.name, r.name, i.name"))
                .query(FireRow.class).list();
        Map<String, FireCounty> byCounty = new LinkedHashMap<>();
        for (FireRow r : rows) {
            String county = r.countyName() == null ? "—" : r.countyName();
            FireCounty prev = byCounty.getOrDefault(county, new FireCounty(county, 0, BigDecimal.ZERO, 0));
            byCounty.put(county, new FireCounty(county, prev.count() + 1, prev.floorArea().add(area(r)), prev.residents() + r.residents()));
        }
        return new FireReport(List.copyOf(byCounty.values()), rows, rows.size(),
                rows.stream().map(RegistryReports::area).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().mapToInt(FireRow::residents).sum());
    }

    public byte[] fireExcel() {
        FireReport f = fire();
        List<String> head = List.of("县（市、区）", "乡镇（街道）", "机构名称", "统一社会信用代码", "建筑面积（㎡）", "在住老人", "床位");
        List<List<Object>> data = new ArrayList<>();
        for (FireRow r : f.rows()) {
            data.add(List.of(r.countyName() == null ? "" : r.countyName(), r.townName(), r.name(), r.uscc(), area(r).toPlainString(),
                    r.residents(), r.bedsTotal()));
        }
        data.add(List.of("合计", "", f.count() + " 家", "", f.floorArea().toPlainString(), f.residents(), ""));
        return Excel.write("消防审验手续问题", head, data);
    }

    private static BigDecimal area(FireRow r) {
        return r.floorArea() == null ? BigDecimal.ZERO : r.floorArea().stripTrailingZeros();
    }
}
