package org.eldercare.oversight.credit.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The credit entries as stored: written once, read by code (keyset pages, the entries in force, a streamed export). */
@Component
public class CreditLedger {

    private static final String COLUMNS = "select id, uscc, institution_id, region_code, kind, occurred_on, source_module, source_ref,"
            + " rule_id, units, points, expires_on, department_code, note, reverses_id, recorded_by, recorded_at from credit_entry ";
    private final JdbcClient jdbc;

    CreditLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the entry; empty when the same source already gave this kind of entry (an event delivered twice). */
    Optional<Long> insert(CreditEntry e) {
        return jdbc.sql("""
                        insert into credit_entry (uscc, institution_id, region_code, kind, occurred_on, source_module, source_ref, rule_id,
                                                  units, points, expires_on, department_code, note, reverses_id, recorded_by)
                        values (:uscc, :institution, :region, :kind, :occurred, :module, :ref, :rule, :units, :points, :expires,
                                :department, :note, :reverses, :by)
                        on conflict do nothing returning id""")
                .param("uscc", e.uscc()).param("institution", e.institutionId()).param("region", e.regionCode())
                .param("kind", e.kind().name()).param("occurred", e.occurredOn()).param("module", e.sourceModule())
                .param("ref", e.sourceRef()).param("rule", e.ruleId()).param("units", e.units()).param("points", e.points())
                .param("expires", e.expiresOn()).param("department", e.departmentCode()).param("note", e.note())
                .param("reverses", e.reversesId()).param("by", e.recordedBy())
                .query(Long.class).optional();
    }

    public Optional<CreditEntry> find(long id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(CreditLedger::entry).optional();
    }

    /** Whether a reversal of the entry exists. */
    boolean reversed(long id) {
        return jdbc.sql("select exists (select 1 from credit_entry where reverses_id = ?)").param(id).query(Boolean.class).single();
    }

    /** The entries of the code in force on {@code day} (what the grade is computed from). */
    public List<CreditEntry> inForce(String uscc, LocalDate day) {
        return jdbc.sql(COLUMNS + "where uscc = :uscc and expires_on >= :day and occurred_on <= :day order by id")
                .param("uscc", uscc).param("day", day).query(CreditLedger::entry).list();
    }

    /** A page of the code's entries, newest first. */
    public ListPage<CreditEntry> page(String uscc, PageCursor cursor) {
        return cursor.page(c -> c.bind(jdbc.sql(COLUMNS + "where uscc = :uscc" + c.keyCondition("id") + c.orderAndLimit("id"))
                        .param("uscc", uscc)).query(CreditLedger::entry).list(), CreditEntry::id,
                () -> jdbc.sql(ListPage.countSql("select 1 from credit_entry where uscc = :uscc")).param("uscc", uscc)
                        .query(Long.class).single());
    }

    /** Every entry of the code, newest first, {@code chunk} rows at a time (streamed exports). */
    public void each(String uscc, int chunk, Consumer<List<CreditEntry>> sink) {
        PageCursor cursor = PageCursor.first(chunk);
        while (true) {
            PageCursor c = cursor;
            List<CreditEntry> rows = c.bind(jdbc.sql(COLUMNS + "where uscc = :uscc" + c.keyCondition("id")
                            + " order by id desc limit :pageLimit")
                    .param("uscc", uscc)).query(CreditLedger::entry).list();
            List<CreditEntry> shown = rows.subList(0, Math.min(chunk, rows.size()));
            if (!shown.isEmpty()) {
                sink.accept(shown);
            }
            if (rows.size() <= chunk) {
                return;
            }
            cursor = new PageCursor(chunk, shown.get(shown.size() - 1).id(), null);
        }
    }

    private static CreditEntry entry(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("recorded_at");
        return new CreditEntry(rs.getLong("id"), rs.getString("uscc"), (Long) rs.getObject("institution_id", Long.class),
                rs.getString("region_code"), EntryKind.valueOf(rs.getString("kind")), rs.getObject("occurred_on", LocalDate.class),
                rs.getString("source_module"), rs.getString("source_ref"), rs.getObject("rule_id", Long.class), rs.getInt("units"),
                rs.getInt("points"), rs.getObject("expires_on", LocalDate.class), rs.getString("department_code"), rs.getString("note"),
                rs.getObject("reverses_id", Long.class), rs.getString("recorded_by"), at == null ? null : at.toInstant());
    }
}
