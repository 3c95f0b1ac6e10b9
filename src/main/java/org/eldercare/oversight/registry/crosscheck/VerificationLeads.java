package org.eldercare.oversight.registry.crosscheck;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eldercare.oversight.common.Excel;
import org.eldercare.oversight.common.Formats;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.Like;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.Total;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.registry.archive.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verification leads in the caller's scope (REG-4): the township's list — by status, searched by name or code, a page
 * at a time in due-date order with the real total (#9 item 11) — its streamed Excel export, one lead, and its on-site
 * result.
 */
@Service
public class VerificationLeads {

    private static final String SELECT = """
            select l.id, l.import_id, l.row_id, l.institution_id, l.uscc, l.name, l.address, l.region_code, r.name as region_name,
                   l.due_date, l.status, l.result, l.result_note, l.verified_at, l.verified_by, l.merged_into
            from verification_lead l join region r on r.code = l.region_code where\s""";
    static final List<String> EXCEL_HEADERS = List.of("统一社会信用代码", "名称", "登记地址", "核查区划", "核查期限", "状态",
            "核查结果", "情况说明", "核查人", "核查时间");
    private static final int CHUNK = 1_000;
    private final VerificationLeadRepository leads;
    private final ImportRecords records;
    private final JdbcClient jdbc;
    private final DataScope scope;
    private final Clock clock;
    private final Formats formats;

    VerificationLeads(VerificationLeadRepository leads, ImportRecords records, JdbcClient jdbc, DataScope scope, Clock clock,
                      Formats formats) {
        this.leads = leads;
        this.records = records;
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
        this.formats = formats;
    }

    /** A lead as its pages show it, with the name of its region. */
    public record View(long id, Long importId, Long rowId, Long institutionId, String uscc, String name, String address, String regionCode,
                       String regionName, LocalDate dueDate, VerificationLead.Status status, VerificationLead.Result result,
                       String resultNote, Instant verifiedAt, String verifiedBy, Long mergedInto) {
        public boolean open() {
            return status == VerificationLead.Status.OPEN;
        }

        /** The result of a verified lead; for a merged duplicate, the lead it was merged into. */
        public String resultLabel() {
            if (status == VerificationLead.Status.MERGED) {
                return status.label() + "，见线索 " + mergedInto;
            }
            return result == null ? null : result.label();
        }

        /** The keyset position of this lead in the list order (status, due date, id). */
        String position() {
            return status.name() + "~" + dueDate + "~" + id;
        }
    }

    /** What the list shows: {@code status} OPEN, VERIFIED or ALL (blank: OPEN); {@code q} in the name or the code. */
    record Criteria(String status, String q) {
        boolean all() {
            return "ALL".equals(status);
        }
    }

    View lead(long id) {
        return jdbc.sql(SELECT + "l.id = ?").param(id).query(View.class).optional()
                .filter(l -> scope.contains(l.regionCode()))
                .orElseThrow(() -> PlatformException.notFound("registry.lead.notFound"));
    }

    /**
     * A page of the leads matching {@code c}, open ones first by due date, after position {@code after} (null: the first
     * page). An unknown status lists none.
     */
    ForwardPage<View> page(Criteria c, String after, int size) {
        if (!c.all() && statusOf(c) == null) {
            return new ForwardPage<>(List.of(), Total.of(0), null);
        }
        Total total = Total.of(bind(jdbc.sql(Total.countSql("select 1 from verification_lead l where " + where(c))), c)
                .query(Long.class).single());
        return ForwardPage.of(fetch(c, after, size + 1), size, total, View::position);
    }

    /** Every lead matching {@code c}, handed on a chunk at a time (keyset pages), for the streamed export. */
    void export(Criteria c, Excel.Rows out) {
        if (!c.all() && statusOf(c) == null) {
            return;
        }
        String after = null;
        List<View> chunk;
        do {
            chunk = fetch(c, after, CHUNK);
            out.add(chunk.stream().map(this::excelRow).toList());
            after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).position();
        } while (chunk.size() == CHUNK);
    }

    private List<View> fetch(Criteria c, String after, int limit) {
        JdbcClient.StatementSpec spec = jdbc.sql(SELECT + where(c) + (after == null ? "" : " and (l.status, l.due_date, l.id) > "
                + "(:afterStatus, :afterDue, :afterId)") + " order by l.status, l.due_date, l.id limit :limit").param("limit", limit);
        if (after != null) {
            String[] p = after.split("~", -1);
            try {
                spec = spec.param("afterStatus", VerificationLead.Status.valueOf(p[0]).name())
                        .param("afterDue", LocalDate.parse(p[1])).param("afterId", Long.parseLong(p[2]));
            } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                throw PlatformException.badRequest("registry.field.invalid", "分页位置");
            }
        }
        return bind(spec, c).query(View.class).list();
    }

    private String where(Criteria c) {
        return scope.condition("l.region_code") + (c.all() ? "" : " and l.status = :status")
                + (blank(c.q()) ? "" : " and (l.name like :q or l.uscc like :qCode)");
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Criteria c) {
        if (!c.all()) {
            spec = spec.param("status", statusOf(c).name());
        }
        if (!blank(c.q())) {
            spec = spec.param("q", Like.contains(c.q().trim())).param("qCode", Like.contains(c.q().trim().toUpperCase(Locale.ROOT)));
        }
        return scope.bind(spec);
    }

    private static VerificationLead.Status statusOf(Criteria c) {
        try {
            return VerificationLead.Status.valueOf(blank(c.status()) ? "OPEN" : c.status());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<Object> excelRow(View l) {
        return List.of(orBlank(l.uscc()), l.name(), orBlank(l.address()), l.regionName(), l.dueDate().toString(), l.status().label(),
                orBlank(l.resultLabel()), orBlank(l.resultNote()), orBlank(l.verifiedBy()),
                l.verifiedAt() == null ? "" : formats.dateTime(l.verifiedAt()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
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
