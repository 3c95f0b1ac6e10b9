package org.eldercare.oversight.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.Like;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.DisplayNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read model of the audit log for the audit administrator (issue #9 items 11 and 15): filters by user (account name, any
 * case), action (its Chinese name or a part of the raw method and path), outcome and days, newest first in keyset pages
 * by id with a capped total — the log grows to hundreds of millions of rows, so nothing here counts or sorts all of it.
 * Each row carries its raw values and their Chinese labels ({@link AuditLabels}), the region's name and the user's name.
 */
@Component
class AuditSearch {

    private static final String SELECT = """
            select a.id, a.occurred_at, a.username, a.roles, a.region_code, g.name as region_name, a.action, a.target_type,
                   a.target_id, a.outcome, a.detail, a.client_ip
            from audit_log a left join region g on g.code = a.region_code""";
    private final JdbcClient jdbc;
    private final AuditLabels labels;
    private final DisplayNames names;

    AuditSearch(JdbcClient jdbc, AuditLabels labels, DisplayNames names) {
        this.jdbc = jdbc;
        this.labels = labels;
        this.names = names;
    }

    record Criteria(String username, String action, String outcome, LocalDate from, LocalDate to) {
    }

    /** An audit row as read: raw values (as stored and chained) and what people read. */
    record Row(long id, Instant occurredAt, String username, String userDisplayName, String roles, String rolesLabel,
               String regionCode, String regionName, String action, String actionLabel, String targetType, String targetId,
               String outcome, String outcomeLabel, String detail, String detailLabel, String clientIp) {
    }

    private record Stored(long id, Instant occurredAt, String username, String roles, String regionCode, String regionName,
                          String action, String targetType, String targetId, String outcome, String detail, String clientIp) {
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    ListPage<Row> search(Criteria c, PageCursor cursor) {
        Where w = where(c);
        ListPage<Stored> page = cursor.page(p -> p.bind(jdbc.sql(SELECT + w.sql() + p.keyCondition("a.id") + p.orderAndLimit("a.id"))
                        .params(w.params())).query(Stored.class).list(), Stored::id,
                () -> jdbc.sql(ListPage.countSql("select 1 from audit_log a" + w.sql())).params(w.params()).query(Long.class).single());
        Map<String, String> shown = names.of(page.items().stream().map(Stored::username).filter(u -> u != null).toList());
        List<Row> rows = page.items().stream().map(s -> new Row(s.id(), s.occurredAt(), s.username(),
                s.username() == null ? null : shown.get(s.username()), s.roles(), labels.roles(s.roles()), s.regionCode(),
                s.regionName(), s.action(), labels.action(s.action()), s.targetType(), s.targetId(), s.outcome(),
                labels.outcome(s.outcome()), s.detail(), labels.detail(s.detail()), s.clientIp())).toList();
        return new ListPage<>(rows, page.nextCursor(), page.previousCursor(), page.total(), page.totalCapped());
    }

    private Where where(Criteria c) {
        StringBuilder sql = new StringBuilder(" where true");
        Map<String, Object> p = new HashMap<>();
        if (c.username() != null && !c.username().isBlank()) {
            sql.append(" and lower(a.username) = lower(:username)");
            p.put("username", c.username().trim());
        }
        if (c.action() != null && !c.action().isBlank()) {
            List<String> named = labels.actionsNamed(c.action());
            sql.append(named.isEmpty() ? " and a.action like :action" : " and (a.action like :action or a.action in (:named))");
            p.put("action", Like.contains(c.action().trim()));
            if (!named.isEmpty()) {
                p.put("named", named);
            }
        }
        if (c.outcome() != null && !c.outcome().isBlank()) {
            p.put("outcome", Labelled.parse(AuditOutcome.class, c.outcome(), "结果").name());
            sql.append(" and a.outcome = :outcome");
        }
        if (c.from() != null && c.to() != null && c.from().isAfter(c.to())) {
            throw PlatformException.badRequest("audit.search.range");
        }
        if (c.from() != null) {
            sql.append(" and a.occurred_at >= :from");
            p.put("from", Timestamp.from(c.from().atStartOfDay(ClockConfiguration.ZONE).toInstant()));
        }
        if (c.to() != null) {
            sql.append(" and a.occurred_at < :to");
            p.put("to", Timestamp.from(c.to().plusDays(1).atStartOfDay(ClockConfiguration.ZONE).toInstant()));
        }
        return new Where(sql.toString(), p);
    }
}
