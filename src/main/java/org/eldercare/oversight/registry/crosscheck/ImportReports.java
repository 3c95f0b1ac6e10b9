package org.eldercare.oversight.registry.crosscheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.Excel;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The results of the cross-check (REG-4) as supervisors read them: the imports in scope, one import's counts per
 * class and its rows with the state of their leads, and that report as an Excel file.
 */
@Component
public class ImportReports {

    private static final String SUMMARY = "select id, filename, encoding, region_code, total_rows, kept_rows, skipped_rows, bad_rows, "
            + "imported_at, imported_by, complete_for from registration_import where ";
    private static final List<String> EXCEL_HEADERS = List.of("行号", "统一社会信用代码", "名称", "登记机关", "地址", "登记日期",
            "比对结果", "核查线索推送至", "核查状态", "核查结果");
    private final JdbcClient jdbc;
    private final DataScope scope;

    ImportReports(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** An import; {@code completeFor} is the registrar the file was declared complete for (null: a partial file). */
    public record ImportSummary(long id, String filename, String encoding, String regionCode, int totalRows, int keptRows,
                                int skippedRows, int badRows, Instant importedAt, String importedBy,
                                Registrar completeFor) {
        public String completenessLabel() {
            return completeFor == null ? "部分登记数据（未出现在文件中的机构不作“疑似无证”认定）"
                    : completeFor.label() + "登记机关在本辖区的全部登记数据";
        }
    }

    /** A classified registration (line 0: an unregistered registry entry) with its lead, if one was opened. */
    public record Row(long id, int lineNo, String uscc, String name, String registrar, String address, LocalDate registeredOn,
                      Classification classification, Long institutionId, Long leadId, String leadRegion,
                      VerificationLead.Status leadStatus, VerificationLead.Result leadResult, String outOfJurisdiction) {
        public String classificationLabel() {
            return classification.label();
        }

        public boolean leadOpen() {
            return leadStatus == VerificationLead.Status.OPEN;
        }

        public String leadResultLabel() {
            return leadResult == null ? null : leadResult.label();
        }
    }

    /** {@code counts} has every class (by name, in declaration order), also those with no row. */
    public record ImportReport(ImportSummary summary, Map<String, Integer> counts, List<Row> rows) {
    }

    /** The latest 100 imports in scope. */
    List<ImportSummary> imports() {
        return scope.bind(jdbc.sql(SUMMARY + scope.condition("region_code") + " order by id desc limit 100"))
                .query(ImportSummary.class).list();
    }

    public ImportReport report(long importId) {
        ImportSummary s = jdbc.sql(SUMMARY + "id = ?").param(importId).query(ImportSummary.class).optional()
                .filter(i -> scope.contains(i.regionCode()))
                .orElseThrow(() -> PlatformException.notFound("registry.import.notFound"));
        List<Row> rows = jdbc.sql("""
                select w.id, w.line_no, w.uscc, w.name, w.registrar, w.address, w.registered_on, w.classification, w.institution_id,
                       l.id as lead_id, lr.name as lead_region, l.status as lead_status, l.result as lead_result,
                       w.out_of_jurisdiction
                from registration_row w left join verification_lead l on l.row_id = w.id left join region lr on lr.code = l.region_code
                where w.import_id = ? order by case when w.line_no = 0 then 1 else 0 end, w.line_no, w.id""")
                .param(importId).query(Row.class).list();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Classification c : Classification.values()) {
            counts.put(c.name(), (int) rows.stream().filter(r -> r.classification() == c).count());
        }
        return new ImportReport(s, counts, rows);
    }

    byte[] exportExcel(long importId) {
        List<List<Object>> data = new ArrayList<>();
        for (Row w : report(importId).rows()) {
            data.add(List.of(w.lineNo() == 0 ? "名录" : String.valueOf(w.lineNo()), w.uscc(), w.name(), w.registrar(),
                    orBlank(w.address()), w.registeredOn() == null ? "" : w.registeredOn().toString(), w.classificationLabel(),
                    w.outOfJurisdiction() != null ? "非本辖区（" + w.outOfJurisdiction() + "），未推送核查" : orBlank(w.leadRegion()),
                    w.leadStatus() == null ? "" : w.leadStatus().label(), orBlank(w.leadResultLabel())));
        }
        return Excel.write("登记备案比对", EXCEL_HEADERS, data);
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }
}
