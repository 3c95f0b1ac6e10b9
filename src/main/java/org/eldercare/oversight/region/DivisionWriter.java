package org.eldercare.oversight.region;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.eldercare.oversight.region.DivisionPlacement.Placed;
import org.postgresql.PGConnection;

/**
 * Writes a placed list into {@code region} in a few set-based statements (the national list has 45,000 rows): the rows go
 * into a temporary table by {@code COPY}, then each level is inserted below its parents, existing codes get the list's
 * name, retired ones that are listed again are restored; with {@code retireAbsentAt} (a complete list) every division the
 * list lacks is retired. Nothing is ever deleted: records still point at retired codes. Runs on the caller's connection
 * and transaction (a Flyway migration's or the import's).
 */
final class DivisionWriter {

    /** What a write changed. */
    record Counts(int added, int renamed, int restored, int retired) {
    }

    private DivisionWriter() {
    }

    /**
     * {@code analyze}: refresh the table's statistics before the big levels, for a table that is still nearly empty (the
     * migration). Otherwise the foreign-key check on each new row keeps the plan it made for a table of a few rows, a
     * sequential scan, and 41,352 townships take seconds instead of a fraction of one. Only the table's owner may.
     */
    static Counts write(Connection c, List<Placed> divisions, Instant retireAbsentAt, boolean analyze) throws SQLException {
        try (Statement st = c.createStatement()) {
            // one list at a time: two imports retiring and renaming the same rows in another order would deadlock
            st.execute("select pg_advisory_xact_lock(hashtext('region.DivisionWriter'), 17)");
            st.execute("create temporary table region_incoming (code varchar(12) primary key, name varchar(100) not null,"
                    + " parent_code varchar(12) not null, level smallint not null) on commit drop");
        }
        copy(c, divisions);
        Counts counts;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select count(*) filter (where r.code is null), count(*) filter (where r.name <> i.name),
                       count(*) filter (where r.retired_at is not null)
                from region_incoming i left join region r on r.code = i.code""")) {
            rs.next();
            counts = new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), 0);
        }
        upsertLevelByLevel(c, analyze);
        int retired = retireAbsentAt == null ? 0 : retireAbsent(c, retireAbsentAt);
        try (Statement st = c.createStatement()) {
            st.execute("drop table region_incoming");
        }
        return new Counts(counts.added(), counts.renamed(), counts.restored(), retired);
    }

    /** Each level below its parents (already there, or inserted by the level before): new codes, new names, restored ones. */
    private static void upsertLevelByLevel(Connection c, boolean analyze) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into region (code, name, level, parent_code, path)
                select i.code, i.name, i.level, i.parent_code, p.path || i.code || '/'
                from region_incoming i join region p on p.code = i.parent_code
                where i.level = ?
                on conflict (code) do update set name = excluded.name, retired_at = null
                where region.name <> excluded.name or region.retired_at is not null""")) {
            for (int level = 1; level <= Region.TOWNSHIP; level++) {
                if (analyze && level >= 3) {
                    analyze(c);
                }
                ps.setInt(1, level);
                ps.executeUpdate();
            }
        }
        if (analyze) {
            analyze(c);
        }
    }

    private static void analyze(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("analyze region");
        }
    }

    private static void copy(Connection c, List<Placed> divisions) throws SQLException {
        StringBuilder csv = new StringBuilder(divisions.size() * 48);
        for (Placed d : divisions) {
            csv.append(d.code()).append(',').append('"').append(d.name().replace("\"", "\"\"")).append('"').append(',')
                    .append(d.parentCode()).append(',').append(d.level()).append('\n');
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy region_incoming (code, name, parent_code, level) from stdin (format csv)", new StringReader(csv.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("copying the division list failed", e);
        }
    }

    private static int retireAbsent(Connection c, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update region r set retired_at = ? where r.retired_at is null and r.level > 0
                  and not exists (select 1 from region_incoming i where i.code = r.code)""")) {
            ps.setTimestamp(1, Timestamp.from(at));
            return ps.executeUpdate();
        }
    }
}
