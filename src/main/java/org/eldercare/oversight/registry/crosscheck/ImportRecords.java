package org.eldercare.oversight.registry.crosscheck;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an import stores (REG-4, #9 item 8): the import with its status and progress, the uploaded file until the import
 * is done, and the classified rows, written a batch at a time (one statement per batch, not one per row); and the
 * registry entries in the caller's scope that the registrations are compared with.
 */
@Component
class ImportRecords {

    private static final int FILENAME_MAX = 200;
    private static final int REASON_MAX = 500;
    /** Unlisted registry entries are written this many per statement. */
    private static final int UNLISTED_CHUNK = 5_000;
    private final JdbcClient jdbc;
    private final DataScope scope;

    ImportRecords(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** What the background job needs to know of an import. */
    record Job(long id, String regionCode, Registrar completeFor, ImportStatus status, int rowsDone, String importedBy) {
    }

    /** The registry entries in the caller's scope, in id order. */
    List<CrossCheck.Entry> registryInScope() {
        return scope.bind(jdbc.sql("select id, uscc, name, region_code, legal_form, filing_status, operating_status from institution where "
                + scope.condition("region_code") + " order by id")).query(CrossCheck.Entry.class).list();
    }

    /** Records a checked upload, queued for the background job, with its file. Returns the import's id. */
    long saveQueued(String filename, RegistrationRows rows, Registrar completeFor, boolean acceptGoodRows, String regionCode,
                    String by, Instant now, byte[] content) {
        String name = filename == null ? "上传文件" : filename;
        long id = jdbc.sql("""
                insert into registration_import (filename, encoding, region_code, total_rows, kept_rows, skipped_rows, bad_rows,
                                                 imported_at, imported_by, complete_for, accept_good_rows, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(name.length() > FILENAME_MAX ? name.substring(0, FILENAME_MAX) : name, rows.encoding(), regionCode,
                        rows.totalRows(), rows.candidates().size(), rows.skippedRows(), rows.badRows().size(), Timestamp.from(now), by,
                        completeFor == null ? null : completeFor.name(), acceptGoodRows, ImportStatus.QUEUED.name())
                .query(Long.class).single();
        jdbc.sql("insert into registration_import_file (import_id, content) values (?, ?)").params(id, content).update();
        return id;
    }

    Optional<Job> job(long importId) {
        return jdbc.sql("select id, region_code, complete_for, status, rows_done, imported_by "
                + "from registration_import where id = ?").param(importId).query(Job.class).optional();
    }

    byte[] file(long importId) {
        return jdbc.sql("select content from registration_import_file where import_id = ?").param(importId)
                .query(byte[].class).single();
    }

    void markProcessing(long importId, Instant now) {
        jdbc.sql("update registration_import set status = ?, started_at = coalesce(started_at, ?) where id = ? and status = ?")
                .params(ImportStatus.PROCESSING.name(), Timestamp.from(now), importId, ImportStatus.QUEUED.name()).update();
    }

    /**
     * Counts a committed batch: rows {@code from} to {@code to} are stored, {@code alreadyOpen} of them had an open lead.
     * Refused (the batch rolls back) unless the import stood at {@code from}: two workers never store the same rows.
     */
    void progress(long importId, int from, int to, int alreadyOpen) {
        int updated = jdbc.sql("update registration_import set rows_done = ?, already_open = already_open + ? "
                        + "where id = ? and rows_done = ? and status = ?")
                .params(to, alreadyOpen, importId, from, ImportStatus.PROCESSING.name()).update();
        if (updated != 1) {
            throw new IllegalStateException("import " + importId + " is no longer at row " + from);
        }
    }

    void finish(long importId, Instant now) {
        jdbc.sql("update registration_import set status = ?, finished_at = ? where id = ?")
                .params(ImportStatus.DONE.name(), Timestamp.from(now), importId).update();
        jdbc.sql("delete from registration_import_file where import_id = ?").param(importId).update();
    }

    /** Gives up on an unfinished import with a Chinese reason; the stored file stays for whoever looks into it. */
    void fail(long importId, String reason, Instant now) {
        String cut = reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
        jdbc.sql("update registration_import set status = ?, failure_reason = ?, finished_at = ? where id = ? and status in (?, ?)")
                .params(ImportStatus.FAILED.name(), cut, Timestamp.from(now), importId, ImportStatus.QUEUED.name(),
                        ImportStatus.PROCESSING.name()).update();
    }

    /** Every county-level region of the country, for telling registrations of another jurisdiction apart. */
    List<Region> counties() {
        return jdbc.sql("select code, name, level, parent_code, path, retired_at is not null as retired from region where level = 3")
                .query(Region.class).list();
    }

    /** A classified registration to store: where it belongs if not here, and the lead already open for its code. */
    record NewRow(CrossCheck.Classified row, String outOfJurisdiction, Long openLeadId) {
    }

    /** Stores a batch of classified registrations in file order; returns each row's id by its line in the file. */
    Map<Integer, Long> saveRows(long importId, List<NewRow> rows) {
        Map<Integer, Long> ids = new HashMap<>();
        jdbc.sql("""
                insert into registration_row (import_id, line_no, uscc, name, registrar, scope, address, registered_on,
                                              classification, institution_id, out_of_jurisdiction, open_lead_id)
                select ?, r.line_no, r.uscc, r.name, r.registrar, r.scope, r.address, r.registered_on, r.classification,
                       r.institution_id, r.out_of_jurisdiction, r.open_lead_id
                from unnest(?::int[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::varchar[],
                            ?::bigint[], ?::varchar[], ?::bigint[]) with ordinality
                     as r(line_no, uscc, name, registrar, scope, address, registered_on, classification, institution_id,
                          out_of_jurisdiction, open_lead_id, ord)
                order by r.ord
                returning id, line_no""")
                .params(importId, column(rows, n -> n.row().candidate().line(), Integer[]::new),
                        column(rows, n -> n.row().candidate().uscc().value(), String[]::new),
                        column(rows, n -> n.row().candidate().name(), String[]::new),
                        column(rows, n -> n.row().candidate().registrar(), String[]::new),
                        column(rows, n -> n.row().candidate().scope(), String[]::new),
                        column(rows, n -> n.row().candidate().address(), String[]::new),
                        column(rows, n -> n.row().candidate().registeredOn() == null ? null
                                : n.row().candidate().registeredOn().toString(), String[]::new),
                        column(rows, n -> n.row().classification().name(), String[]::new),
                        column(rows, n -> n.row().matched().map(CrossCheck.Entry::id).orElse(null), Long[]::new),
                        column(rows, NewRow::outOfJurisdiction, String[]::new),
                        column(rows, NewRow::openLeadId, Long[]::new))
                .query(rs -> {
                    ids.put(rs.getInt("line_no"), rs.getLong("id"));
                });
        return ids;
    }

    /** Registry entries the file did not list: 未登记但实际开展, or 本次登记数据中未找到 for a partial file. */
    void saveUnlisted(long importId, List<CrossCheck.Entry> entries, Classification classification) {
        for (int from = 0; from < entries.size(); from += UNLISTED_CHUNK) {
            List<CrossCheck.Entry> chunk = entries.subList(from, Math.min(from + UNLISTED_CHUNK, entries.size()));
            jdbc.sql("""
                    insert into registration_row (import_id, line_no, uscc, name, registrar, scope, classification, institution_id)
                    select ?, 0, r.uscc, r.name, '—', '', ?, r.id
                    from unnest(?::varchar[], ?::varchar[], ?::bigint[]) with ordinality as r(uscc, name, id, ord)
                    order by r.ord""")
                    .params(importId, classification.name(), column(chunk, CrossCheck.Entry::uscc, String[]::new),
                            column(chunk, CrossCheck.Entry::name, String[]::new), column(chunk, CrossCheck.Entry::id, Long[]::new))
                    .update();
        }
    }

    /** The on-site verification found the registration not operating (or without the conditions to). */
    void reclassify(long rowId, Classification classification) {
        jdbc.sql("update registration_row set classification = ? where id = ?").params(classification.name(), rowId).update();
    }

    /** One column of a batch as an array parameter (unnest). */
    static <T, V> V[] column(List<T> items, Function<T, V> value, IntFunction<V[]> array) {
        return items.stream().map(value).toArray(array);
    }
}
