package org.eldercare.oversight.region;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegionRepository {

    private static final String COLUMNS = "select code, name, level, parent_code, path, retired_at is not null as retired from region ";
    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A region of the tree with whether it has regions below it. */
    record Node(Region region, boolean hasChildren) {
    }

    Optional<Region> find(String code) {
        return jdbc.sql(COLUMNS + "where code = ?").param(code).query(Region.class).optional();
    }

    /** The regions of these codes that exist, by code (one query). */
    Map<String, Region> findAll(Collection<String> codes) {
        return jdbc.sql(COLUMNS + "where code = any(?)").param(codes.toArray(String[]::new)).query(Region.class).list().stream()
                .collect(Collectors.toMap(Region::code, Function.identity()));
    }

    /** The direct children, retired ones included, by code. */
    List<Region> children(String code) {
        return jdbc.sql(COLUMNS + "where parent_code = ? order by code").param(code).query(Region.class).list();
    }

    /** The direct children with whether each has children of its own, by code. */
    List<Node> childNodes(String code) {
        return jdbc.sql("""
                select r.code, r.name, r.level, r.parent_code, r.path, r.retired_at is not null as retired,
                       exists (select 1 from region c where c.parent_code = r.code) as has_children
                from region r where r.parent_code = ? order by r.code""").param(code)
                .query((rs, i) -> new Node(new Region(rs.getString("code"), rs.getString("name"), rs.getInt("level"),
                        rs.getString("parent_code"), rs.getString("path"), rs.getBoolean("retired")), rs.getBoolean("has_children")))
                .list();
    }

    List<Region> subtree(String path) {
        return jdbc.sql(COLUMNS + "where path like ? order by path").param(path + "%").query(Region.class).list();
    }

    /**
     * Regions under {@code path} whose code starts with {@code q} (digits) or whose name contains it, at most {@code limit},
     * higher levels first. Both are index lookups: the code's pattern index, the name's character-pair GIN index (V25).
     */
    List<Region> search(String path, String q, int limit) {
        if (q.matches("\\d+")) {
            return jdbc.sql(COLUMNS + "where code like :code and path like :path order by level, code limit :limit")
                    .param("code", q + "%").param("path", path + "%").param("limit", limit).query(Region.class).list();
        }
        return jdbc.sql(COLUMNS + "where name_grams @> cast(:grams as text[]) and name like :name and path like :path"
                        + " order by level, code limit :limit")
                .param("grams", grams(q)).param("name", Like.contains(q)).param("path", path + "%").param("limit", limit)
                .query(Region.class).list();
    }

    /** The grams of V25's {@code region_name_grams} that any name containing {@code q} has: its pairs (or its one character). */
    static String[] grams(String q) {
        if (q.codePointCount(0, q.length()) == 1) {
            return new String[] {q};
        }
        Set<String> pairs = new LinkedHashSet<>();
        int[] cps = q.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            pairs.add(new String(cps, i, 2));
        }
        return pairs.toArray(String[]::new);
    }
}
