package org.eldercare.oversight.registry.crosscheck;

import static org.eldercare.oversight.registry.crosscheck.ImportRecords.column;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens the verification leads of an import batch (REG-4, #9 item 8): at most one open lead per 统一社会信用代码, held by
 * the partial unique index {@code verification_lead_one_open_per_code}. A code whose lead is still open gets no second
 * one (the import counts it as already open); the leads opened are announced in one {@link VerificationLead.OpenedInBatch}
 * so their to-dos and deadlines are written at once, in the batch's transaction.
 */
@Component
class OpenLeads {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    OpenLeads(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The open lead of each of {@code codes} that has one. */
    Map<String, Long> openFor(Collection<String> codes) {
        Map<String, Long> open = new HashMap<>();
        if (!codes.isEmpty()) {
            // a join, so each code is one probe of the open-lead index, however big the table has grown since it was analysed
            jdbc.sql("select v.uscc, v.id from unnest(?::varchar[]) as c(uscc) "
                            + "join verification_lead v on v.uscc = c.uscc and v.status = 'OPEN'")
                    .param(codes.toArray(String[]::new))
                    .query(rs -> {
                        open.put(rs.getString("uscc"), rs.getLong("id"));
                    });
        }
        return open;
    }

    /**
     * Opens {@code leads} of import {@code importId}; a code another import opened a lead for meanwhile is left out.
     * Codes are inserted in order, so two imports of overlapping files wait for each other instead of deadlocking.
     * Returns how many were opened.
     */
    int open(long importId, List<LeadRouting.NewLead> leads, Instant now) {
        if (leads.isEmpty()) {
            return 0;
        }
        Map<String, LeadRouting.NewLead> byCode = new HashMap<>();
        leads.forEach(l -> byCode.put(l.uscc(), l));
        List<VerificationLead.Opened> opened = new ArrayList<>();
        jdbc.sql("""
                insert into verification_lead (import_id, row_id, institution_id, uscc, name, address, region_code, due_date, status,
                                               created_at)
                select ?, r.row_id, r.institution_id, r.uscc, r.name, r.address, r.region_code, r.due_date, 'OPEN', ?
                from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::date[])
                     as r(row_id, institution_id, uscc, name, address, region_code, due_date)
                order by r.uscc
                on conflict (uscc) where status = 'OPEN' do nothing
                returning id, uscc""")
                .params(importId, Timestamp.from(now), column(leads, LeadRouting.NewLead::rowId, Long[]::new),
                        column(leads, LeadRouting.NewLead::institutionId, Long[]::new),
                        column(leads, LeadRouting.NewLead::uscc, String[]::new), column(leads, LeadRouting.NewLead::name, String[]::new),
                        column(leads, LeadRouting.NewLead::address, String[]::new),
                        column(leads, LeadRouting.NewLead::regionCode, String[]::new),
                        column(leads, l -> l.due().deadline().toString(), String[]::new))
                .query(rs -> {
                    LeadRouting.NewLead l = byCode.get(rs.getString("uscc"));
                    opened.add(new VerificationLead.Opened(rs.getLong("id"), l.name(), l.regionCode(), l.township(), l.due()));
                });
        if (!opened.isEmpty()) {
            events.publishEvent(new VerificationLead.OpenedInBatch(List.copyOf(opened)));
        }
        return opened.size();
    }
}
