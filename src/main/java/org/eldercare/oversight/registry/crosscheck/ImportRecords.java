package org.eldercare.oversight.registry.crosscheck;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an import stores (REG-4): the import itself and one row per classified registration or unregistered registry
 * entry; and the registry entries in the caller's scope that the registrations are compared with.
 */
@Component
class ImportRecords {

    private static final int FILENAME_MAX = 200;
    private final JdbcClient jdbc;
    private final DataScope scope;

    ImportRecords(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** The registry entries in the caller's scope, in id order. */
    List<CrossCheck.Entry> registryInScope() {
        return scope.bind(jdbc.sql("select id, uscc, name, region_code, legal_form, filing_status, operating_status from institution where "
                + scope.condition("region_code") + " order by id")).query(CrossCheck.Entry.class).list();
    }

    long saveImport(String filename, RegistrationRows rows, Registrar completeFor, String regionCode, String by, Instant now) {
        String name = filename == null ? "上传文件" : filename;
        return jdbc.sql("""
                insert into registration_import (filename, encoding, region_code, total_rows, kept_rows, skipped_rows, bad_rows,
                                                 imported_at, imported_by, complete_for)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(name.length() > FILENAME_MAX ? name.substring(0, FILENAME_MAX) : name, rows.encoding(), regionCode,
                        rows.totalRows(), rows.candidates().size(), rows.skippedRows(), rows.badRows().size(), Timestamp.from(now), by,
                        completeFor == null ? null : completeFor.name())
                .query(Long.class).single();
    }

    /** Every county-level region of the country, for telling registrations of another jurisdiction apart. */
    List<Region> counties() {
        return jdbc.sql("select code, name, level, parent_code, path, retired_at is not null as retired from region where level = 3")
                .query(Region.class).list();
    }

    /**
     * Stores a classified registration; {@code outOfJurisdiction} names the region it belongs to when that is outside
     * the importer's (no lead is sent to this region's townships). Returns the row's id.
     */
    long saveRow(long importId, CrossCheck.Classified row, String outOfJurisdiction) {
        RegistrationRows.Candidate c = row.candidate();
        return jdbc.sql("""
                insert into registration_row (import_id, line_no, uscc, name, registrar, scope, address, registered_on,
                                              classification, institution_id, out_of_jurisdiction)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(importId, c.line(), c.uscc().value(), c.name(), c.registrar(), c.scope(), c.address(),
                        c.registeredOn() == null ? null : Date.valueOf(c.registeredOn()), row.classification().name(),
                        row.matched().map(CrossCheck.Entry::id).orElse(null), outOfJurisdiction)
                .query(Long.class).single();
    }

    /** A registry entry the file did not list: 未登记但实际开展, or 本次登记数据中未找到 for a partial file. */
    void saveUnlisted(long importId, CrossCheck.Entry e, Classification classification) {
        jdbc.sql("""
                insert into registration_row (import_id, line_no, uscc, name, registrar, scope, classification, institution_id)
                values (?, 0, ?, ?, '—', '', ?, ?)""")
                .params(importId, e.uscc(), e.name(), classification.name(), e.id()).update();
    }

    /** The on-site verification found the registration not operating (or without the conditions to). */
    void reclassify(long rowId, Classification classification) {
        jdbc.sql("update registration_row set classification = ? where id = ?").params(classification.name(), rowId).update();
    }
}
