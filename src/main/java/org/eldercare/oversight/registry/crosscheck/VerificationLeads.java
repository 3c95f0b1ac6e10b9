package org.eldercare.oversight.registry.crosscheck;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.registry.archive.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The verification leads in the caller's scope (REG-4): the township's list, one lead, and its on-site result. */
@Service
public class VerificationLeads {

    private static final String SELECT = """
            select l.id, l.import_id, l.row_id, l.institution_id, l.uscc, l.name, l.address, l.region_code, r.name as region_name,
                   l.due_date, l.status, l.result, l.result_note, l.verified_at, l.verified_by
            from verification_lead l join region r on r.code = l.region_code where\s""";
    private final VerificationLeadRepository leads;
    private final ImportRecords records;
    private final JdbcClient jdbc;
    private final DataScope scope;
    private final Clock clock;

    VerificationLeads(VerificationLeadRepository leads, ImportRecords records, JdbcClient jdbc, DataScope scope, Clock clock) {
        this.leads = leads;
        this.records = records;
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** A lead as its pages show it, with the name of its region. */
    public record View(long id, Long importId, Long rowId, Long institutionId, String uscc, String name, String address, String regionCode,
                       String regionName, LocalDate dueDate, VerificationLead.Status status, VerificationLead.Result result,
                       String resultNote, Instant verifiedAt, String verifiedBy) {
        public boolean open() {
            return status == VerificationLead.Status.OPEN;
        }

        public String resultLabel() {
            return result == null ? null : result.label();
        }
    }

    View lead(long id) {
        return jdbc.sql(SELECT + "l.id = ?").param(id).query(View.class).optional()
                .filter(l -> scope.contains(l.regionCode()))
                .orElseThrow(() -> PlatformException.notFound("registry.lead.notFound"));
    }

    /** Open leads first, by due date; at most 500. */
    List<View> all() {
        return scope.bind(jdbc.sql(SELECT + scope.condition("l.region_code") + " order by l.status, l.due_date, l.id limit 500"))
                .query(View.class).list();
    }

    /** The leads in {@code status}, by due date; at most 500. */
    List<View> in(VerificationLead.Status status) {
        return scope.bind(jdbc.sql(SELECT + scope.condition("l.region_code") + " and l.status = :status"
                        + " order by l.status, l.due_date, l.id limit 500").param("status", status.name()))
                .query(View.class).list();
    }

    /** A township officer (or a supervisor) records the on-site result of a lead. */
    @Transactional
    public void recordResult(long leadId, String resultName, String note) {
        Caller caller = Caller.current();
        if (!caller.supervisor() && !caller.township()) {
            throw PlatformException.forbidden("error.forbidden");
        }
        VerificationLead lead = leads.findById(leadId).filter(l -> scope.contains(l.regionCode()))
                .orElseThrow(() -> PlatformException.notFound("registry.lead.notFound"));
        lead.requireOpen();
        VerificationLead.Result result = Labelled.parse(VerificationLead.Result.class, resultName, "核查结果");
        lead.verify(result, note, caller.name(), Instant.now(clock), LocalDate.now(clock));
        leads.save(lead);
        if (result.notOperating() && lead.rowId() != null) {
            records.reclassify(lead.rowId(), Classification.NOT_OPERATING);
        }
    }
}
