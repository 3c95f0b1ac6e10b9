package org.eldercare.oversight.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The current townships under the scale's root, grouped by the county-level unit they belong to (their parent: a county,
 * or the prefecture itself where there are no counties, as in 东莞). Institutions go to counties in proportion to their
 * township count (largest remainders, so the total is exact), each on one of its county's townships.
 */
final class Townships {

    record Township(String code, String name) {
    }

    record County(String code, String name, List<Township> townships) {
    }

    final List<County> counties = new ArrayList<>();
    int total;

    static Townships under(Connection c, String root) throws SQLException {
        Townships t = new Townships();
        Map<String, County> byCode = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select t.code, t.name, p.code as county_code, p.name as county_name
                from region t join region p on p.code = t.parent_code
                where t.level = 4 and t.retired_at is null and t.path like (select path from region where code = ?) || '%'
                order by p.code, t.code""")) {
            ps.setString(1, root);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    County county = byCode.computeIfAbsent(rs.getString(3), k -> newCounty(rs, k));
                    county.townships().add(new Township(rs.getString(1), rs.getString(2)));
                    t.total++;
                }
            }
        }
        t.counties.addAll(byCode.values());
        if (t.total == 0) {
            throw new IllegalStateException("no townships under " + root + ": were the migrations run?");
        }
        return t;
    }

    private static County newCounty(ResultSet rs, String code) {
        try {
            return new County(code, rs.getString(4), new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many of {@code n} institutions each county gets, in proportion to its townships. */
    int[] share(int n) {
        int[] counts = new int[counties.size()];
        double[] remainders = new double[counties.size()];
        int given = 0;
        for (int i = 0; i < counties.size(); i++) {
            double exact = (double) n * counties.get(i).townships().size() / total;
            counts[i] = (int) exact;
            remainders[i] = exact - counts[i];
            given += counts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int k = 0; given < n; k++, given++) {
            counts[order.get(k % order.size())]++;
        }
        return counts;
    }
}
