package org.eldercare.oversight.workforce.ban;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.region.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The entries a supervisor's bureau and the bureaus below it entered (WRK-3), newest first in keyset pages. The national
 * register is consulted by {@link BanCheck}, one number at a time; no list shows another region's entries.
 */
@Component
class BanList {

    private static final String SELECT = "select b.id, b.person_name, b.id_number_masked, b.source, b.source_document, "
            + "b.issuing_authority, b.start_date, b.end_date, b.region_code, r.name as region_name, b.revoked_at, b.created_at, "
            + "b.created_by from industry_ban b join region r on r.code = b.region_code where ";
    private final JdbcClient jdbc;
    private final DataScope scope;
    private final Clock clock;

    BanList(JdbcClient jdbc, DataScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** One entry of the list; {@code state} as of today. */
    record Row(long id, String personName, String idNumberMasked, BanSource source, String sourceDocument,
               String issuingAuthority, LocalDate startDate, LocalDate endDate, String regionCode, String regionName,
               Instant revokedAt, Instant createdAt, String createdBy) {

        public String sourceLabel() {
            return source.label();
        }

        public IndustryBan.State state(LocalDate today) {
            if (revokedAt != null) {
                return IndustryBan.State.REVOKED;
            }
            return today.isBefore(startDate) ? IndustryBan.State.PENDING
                    : today.isAfter(endDate) ? IndustryBan.State.EXPIRED : IndustryBan.State.IN_FORCE;
        }
    }

    /** A row with its state label, as pages and the API show it. */
    record Shown(long id, String personName, String idNumberMasked, String source, String sourceDocument, String issuingAuthority,
                 LocalDate startDate, LocalDate endDate, String regionName, String state, String stateCode) {
    }

    ListPage<Shown> page(PageCursor cursor) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        String where = scope.condition("b.region_code");
        ListPage<Row> rows = cursor.page(p -> scope.bind(p.bind(jdbc.sql(SELECT + where + p.keyCondition("b.id")
                        + p.orderAndLimit("b.id")))).query(Row.class).list(), Row::id,
                () -> scope.bind(jdbc.sql(ListPage.countSql("select 1 from industry_ban b where " + where))).query(Long.class).single());
        List<Shown> shown = rows.items().stream().map(r -> new Shown(r.id(), r.personName(), r.idNumberMasked(), r.sourceLabel(),
                r.sourceDocument(), r.issuingAuthority(), r.startDate(), r.endDate(), r.regionName(), r.state(today).label(),
                r.state(today).name())).toList();
        return new ListPage<>(shown, rows.nextCursor(), rows.previousCursor(), rows.total(), rows.totalCapped());
    }
}
