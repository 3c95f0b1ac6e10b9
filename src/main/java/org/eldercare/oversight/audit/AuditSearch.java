package org.eldercare.oversight.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eldercare.oversight.common.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read model for the audit administrator's search page. */
@Component
class AuditSearch {

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Criteria(String username, String action, String outcome, LocalDate from, LocalDate to) {
    }

    record Page(List<AuditRecord> rows, long total) {
    }

    Page search(Criteria c, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1=1");
        List<Object> params = new ArrayList<>();
        if (c.username() != null && !c.username().isBlank()) {
            where.append(" and username = ?");
            params.add(c.username().trim());
        }
        if (c.action() != null && !c.action().isBlank()) {
            where.append(" and action like ?");
            params.add("%" + c.action().trim() + "%");
        }
        if (c.outcome() != null && !c.outcome().isBlank()) {
            where.append(" and outcome = ?");
            params.add(c.outcome());
        }
        if (c.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(Timestamp.from(c.from().atStartOfDay(ClockConfiguration.ZONE).toInstant()));
        }
        if (c.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(Timestamp.from(c.to().plusDays(1).atStartOfDay(ClockConfiguration.ZONE).toInstant()));
        }
        long total = jdbc.sql("select count(*) from audit_log" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<AuditRecord> rows = jdbc.sql("select * from audit_log" + where + " order by id desc limit ? offset ?")
                .params(pageParams).query(AuditRecord.class).list();
        return new Page(rows, total);
    }
}
