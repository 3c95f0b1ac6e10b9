package org.eldercare.oversight.region;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A region's figures broken down by its next level (ADR 0012): the region, its direct children, and the SQL that puts a
 * row in the child region it lies in, read from the materialised path of the row's region. A row of the region itself (an
 * institution registered at county level, seen by its county) stays with the region, shown as 本级.
 */
public record Breakdown(Region region, List<Region> children) {

    /** SQL predicate: the row's region ({@code pathColumn}, a joined {@code region.path}) is the region or lies below it. */
    public String within(String pathColumn) {
        return column(pathColumn) + " like :breakdownPath";
    }

    /** SQL expression: the code of the child region the row lies in, or the region's own code for a row of the region itself. */
    public String childOf(String pathColumn) {
        return "coalesce(nullif(split_part(substr(" + column(pathColumn) + ", :breakdownFrom), '/', 1), ''), :breakdownCode)";
    }

    /** Binds the parameters of {@link #within} and {@link #childOf}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        return spec.param("breakdownPath", region.path() + "%").param("breakdownFrom", region.path().length() + 1)
                .param("breakdownCode", region.code());
    }

    /** The name of the level below, as the overview's headings say it (按县（市、区）). */
    public String childLevelName() {
        int level = children.isEmpty() ? region.level() + 1 : children.get(0).level();
        return switch (level) {
            case 1 -> "省（区、市）";
            case 2 -> "市（州）";
            case 3 -> "县（市、区）";
            default -> "乡镇（街道）";
        };
    }

    private static String column(String pathColumn) {
        if (!pathColumn.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new IllegalArgumentException("bad column " + pathColumn);
        }
        return pathColumn;
    }
}
