package org.eldercare.oversight.registry.crosscheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.Excel;
import org.eldercare.oversight.common.Like;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.Total;
import org.eldercare.oversight.region.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The results of the cross-check (REG-4) as supervisors read them: the imports in scope (searched by file name, a page at
 * a time), one import's progress while its job runs (#9 item 8), its counts per class and its rows a page at a time with
 * the state of their leads, and that report as a streamed Excel file.
 */
@Component
public class ImportReports {

    private static final String SUMMARY = "select id, filename, encoding, region_code, total_rows, kept_rows, skipped_rows, bad_rows, "
            + "imported_at, imported_by, complete_for, status, rows_done, already_open, failure_reason, finished_at "
            + "from registration_import where ";
    private static final String ROWS = """
            select w.id, w.line_no, w.uscc, w.name, w.registrar, w.address, w.registered_on, w.classification, w.institution_id,
                   l.id as lead_id, lr.name as lead_region, l.status as lead_status, l.result as lead_result, w.out_of_jurisdiction,
                   (w.open_lead_id is not null) as lead_already_open
            from registration_row w
            left join verification_lead l
                   on l.id = coalesce(w.open_lead_id, (select v.id from verification_lead v where v.row_id = w.id limit 1))
            left join region lr on lr.code = l.region_code
            where w.import_id = :importId and w.id > :after""";
    static final List<String> EXCEL_HEADERS = List.of("行号", "统一社会信用代码", "名称", "登记机关", "地址", "登记日期",
            "比对结果", "核查线索推送至", "核查状态", "核查结果");
    /** Rows of a report page, and of each chunk of its export. */
    static final int PAGE = 200;
    private static final int CHUNK = 1_000;
    private final JdbcClient jdbc;
    private final DataScope scope;

    ImportReports(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** An import; {@code completeFor} is the registrar the file was declared complete for (null: a partial file). */
    public record ImportSummary(long id, String filename, String encoding, String regionCode, int totalRows, int keptRows,
                                int skippedRows, int badRows, Instant importedAt, String importedBy, Registrar completeFor,
                                ImportStatus status, int rowsDone, int alreadyOpen, String failureReason, Instant finishedAt) {
        public String completenessLabel() {
            return completeFor == null ? "部分登记数据（未出现在文件中的机构不作“疑似无证”认定）"
                    : completeFor.label() + "登记机关在本辖区的全部登记数据";
        }

        public String statusLabel() {
            return status.label();
        }

        /** How far the job is, 0–100. */
        public int percent() {
            return status == ImportStatus.DONE ? 100 : keptRows == 0 ? 0 : (int) (rowsDone * 100L / keptRows);
        }
    }

    /** The status resource of an import (#9 item 8): rows classified so far of those to classify. */
    public record Progress(long importId, ImportStatus status, String statusLabel, int rowsDone, int rowsTotal, int percent,
                           int alreadyOpen, String failureReason, Instant finishedAt) {
        static Progress of(ImportSummary s) {
            return new Progress(s.id(), s.status(), s.statusLabel(), s.rowsDone(), s.keptRows(), s.percent(), s.alreadyOpen(),
                    s.failureReason(), s.finishedAt());
        }
    }

    /**
     * A classified registration (line 0: an unregistered registry entry) with its lead: the one it opened or, when its
     * code already had an open lead ({@code leadAlreadyOpen}), that one.
     */
    public record Row(long id, int lineNo, String uscc, String name, String registrar, String address, LocalDate registeredOn,
                      Classification classification, Long institutionId, Long leadId, String leadRegion,
                      VerificationLead.Status leadStatus, VerificationLead.Result leadResult, String outOfJurisdiction,
                      boolean leadAlreadyOpen) {
        public String classificationLabel() {
            return classification.label();
        }

        public boolean leadOpen() {
            return leadStatus == VerificationLead.Status.OPEN;
        }

        public String leadResultLabel() {
            return leadResult == null ? null : leadResult.label();
        }

        /** What the report says of the lead: 待核查, the result, or that the lead was already open. */
        public String leadLabel() {
            String state = leadResult != null ? leadResult.label() : leadStatus == null ? "" : leadStatus.label();
            return leadRegion + "：" + state + (leadAlreadyOpen ? "（此前已有线索）" : "");
        }
    }

    /** {@code counts} has every class (by name, in declaration order), also those with no row; {@code rows}: one page. */
    public record ImportReport(ImportSummary summary, Map<String, Integer> counts, List<Row> rows, String next) {
    }

    /** The imports in scope, newest first, a page at a time after {@code after} (an import id); {@code q}: in the file name. */
    ForwardPage<ImportSummary> imports(String q, Long after, int size) {
        String where = scope.condition("region_code") + (blank(q) ? "" : " and filename like :q");
        Total total = Total.of(bind(jdbc.sql(Total.countSql("select 1 from registration_import where " + where)), q)
                .query(Long.class).single());
        List<ImportSummary> rows = bind(jdbc.sql(SUMMARY + where + (after == null ? "" : " and id < :after")
                + " order by id desc limit :limit"), q).param("after", after).param("limit", size + 1)
                .query(ImportSummary.class).list();
        return ForwardPage.of(rows, size, total, s -> String.valueOf(s.id()));
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String q) {
        return scope.bind(blank(q) ? spec : spec.param("q", Like.contains(q.trim())));
    }

    /** The import, or 404 when it does not exist or lies outside the caller's scope. */
    public ImportSummary summary(long importId) {
        return jdbc.sql(SUMMARY + "id = ?").param(importId).query(ImportSummary.class).optional()
                .filter(i -> scope.contains(i.regionCode()))
                .orElseThrow(() -> PlatformException.notFound("registry.import.notFound"));
    }

    public Progress progress(long importId) {
        return Progress.of(summary(importId));
    }

    /** The import's counts and a page of its rows ({@code classification}: only that class; null: all). */
    public ImportReport report(long importId, Classification classification, long after, int size) {
        ImportSummary s = summary(importId);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Classification c : Classification.values()) {
            counts.put(c.name(), 0);
        }
        jdbc.sql("select classification, count(*) as n from registration_row where import_id = ? group by classification")
                .param(importId).query(rs -> {
                    counts.put(rs.getString("classification"), rs.getInt("n"));
                });
        List<Row> rows = rows(importId, classification, after, size + 1);
        String next = rows.size() > size ? String.valueOf(rows.get(size - 1).id()) : null;
        return new ImportReport(s, counts, rows.subList(0, Math.min(size, rows.size())), next);
    }

    private List<Row> rows(long importId, Classification classification, long after, int limit) {
        return jdbc.sql(ROWS + (classification == null ? "" : " and w.classification = :classification") + " order by w.id limit :limit")
                .param("importId", importId).param("after", after).param("limit", limit)
                .param("classification", classification == null ? null : classification.name())
                .query(Row.class).list();
    }

    /** Every row of the import, read and handed on a chunk at a time; check the scope ({@link #summary}) first. */
    void exportRows(long importId, Excel.Rows out) {
        long after = 0;
        List<Row> chunk;
        do {
            chunk = rows(importId, null, after, CHUNK);
            out.add(chunk.stream().map(ImportReports::excelRow).toList());
            after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).id();
        } while (chunk.size() == CHUNK);
    }

    private static List<Object> excelRow(Row w) {
        return List.of(w.lineNo() == 0 ? "名录" : String.valueOf(w.lineNo()), w.uscc(), w.name(), w.registrar(),
                orBlank(w.address()), w.registeredOn() == null ? "" : w.registeredOn().toString(), w.classificationLabel(),
                w.outOfJurisdiction() != null ? "非本辖区（" + w.outOfJurisdiction() + "），未推送核查" : orBlank(w.leadRegion()),
                w.leadStatus() == null ? "" : w.leadStatus().label() + (w.leadAlreadyOpen() ? "（此前已有线索）" : ""),
                orBlank(w.leadResultLabel()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }
}
