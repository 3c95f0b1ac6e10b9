package org.eldercare.oversight.credit.listing;

import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.region.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A supervisor's list of list procedures in scope (CRD-3), filtered by state, newest first by key (no OFFSET, ADR 0011),
 * with the 陈述申辩 deadline; and the procedures of one code.
 */
@Component
public class ListingQueries {

    private static final String COLUMNS = "select id, uscc, subject_name, region_code, list_kind, condition_code, status, objection_due,"
            + " published_on, removable_from from credit_listing ";
    private final JdbcClient jdbc;
    private final DataScope scope;

    ListingQueries(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** One procedure as lists show it. */
    public record Row(long id, String uscc, String subjectName, String regionCode, ListKind listKind, ListCondition condition,
                      ListingStatus status, LocalDate objectionDue, LocalDate publishedOn, LocalDate removableFrom) {

        public String listKindLabel() {
            return listKind.label();
        }

        public String statusLabel() {
            return status.label();
        }

        public String conditionLabel() {
            return condition.label();
        }
    }

    /** The procedures in the caller's scope, {@code status} null for all. */
    public ListPage<Row> page(ListingStatus status, PageCursor cursor) {
        String where = "where " + scope.condition("region_code") + (status == null ? "" : " and status = :status");
        return cursor.page(c -> bind(c.bind(jdbc.sql(COLUMNS + where + c.keyCondition("id") + c.orderAndLimit("id"))), status)
                        .query(ListingQueries::row).list(), Row::id,
                () -> bind(jdbc.sql(ListPage.countSql("select 1 from credit_listing " + where)), status).query(Long.class).single());
    }

    /** Every procedure of a code (a handful), newest first. */
    public List<Row> ofCode(String uscc) {
        return jdbc.sql(COLUMNS + "where uscc = ? order by id desc limit 100").param(uscc).query(ListingQueries::row).list();
    }

    /** Whether the code is on a list now (published, not removed), and on which. */
    public List<Row> inForce(String uscc) {
        return jdbc.sql(COLUMNS + "where uscc = ? and status = 'PUBLISHED' order by id").param(uscc).query(ListingQueries::row).list();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ListingStatus status) {
        JdbcClient.StatementSpec s = scope.bind(spec);
        return status == null ? s : s.param("status", status.name());
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getString("uscc"), rs.getString("subject_name"), rs.getString("region_code"),
                ListKind.valueOf(rs.getString("list_kind")), ListCondition.valueOf(rs.getString("condition_code")),
                ListingStatus.valueOf(rs.getString("status")), rs.getObject("objection_due", LocalDate.class),
                rs.getObject("published_on", LocalDate.class), rs.getObject("removable_from", LocalDate.class));
    }
}
