package org.eldercare.oversight.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * The physical baseline of each path, in the same run on the same database: the statements the application runs for one
 * request, sent back to back over one JDBC connection (reads), or a raw COPY of the same file (the import).
 */
final class Baselines {

    /** The list's page and its capped count, as {@code archive.InstitutionQueries.search} sends them for a national supervisor. */
    static final String LIST_PAGE = """
            select i.id, i.uscc, i.name, i.kind, i.region_code, r.name as region_name, c.name as county_name, i.filing_status,
                   i.beds_total, i.nursing_beds, i.residents, i.staff, i.operating_status,
                   exists (select 1 from filing f where f.institution_id = i.id and f.late) as late,
                   (select f.receipt_no from filing f where f.institution_id = i.id and f.status = 'FILED' and f.kind = 'INITIAL'
                     order by f.id desc limit 1) as receipt_no,
                   i.safety_net, i.public_built_private_run,
                   exists (select 1 from filing f where f.institution_id = i.id and f.status = 'SUBMITTED') as awaiting_review,
                   coalesce(i.appraisal_grade in ('C', 'D'), false) as building_hazard
            from institution i join region r on r.code = i.region_code left join region c on c.code = r.parent_code
            where i.region_code in (select code from region where path like '/000000/%') %s
            order by i.id desc limit 51""";
    static final String LIST_COUNT = """
            select count(*) from (select 1 from institution i join region r on r.code = i.region_code
            where i.region_code in (select code from region where path like '/000000/%') %s limit 10001) counted""";
    static final String NARROW = "and r.path like (select path from region where code = ?) || '%'";
    static final String COMMITMENTS = """
            select i.name as institution_name, i.uscc, i.region_code, r.name as region_name, f.receipt_no,
                   c.signer_name, c.signer_title, c.signed_at, c.published_at, c.text, c.proxy_entry
            from credit_commitment c join filing f on f.id = c.filing_id join institution i on i.id = c.institution_id
            join region r on r.code = i.region_code
            where c.published_at is not null and r.path like ?
              and (? = '' or i.name like ? or i.uscc = upper(?))
            order by c.published_at desc limit 500""";
    /** The overview's main aggregate (registry {@code FigureQueries.institutions}): every institution into its child region. */
    static final String OVERVIEW = """
            select split_part(r.path, '/', ?) as child, i.kind, count(*) as institutions,
                   count(*) filter (where i.filing_status = 'UNFILED' and s.institution_id is null) as unfiled,
                   count(*) filter (where i.filing_status <> 'FILED' and s.institution_id is not null) as awaiting,
                   count(*) filter (where i.filing_status = 'FILED') as filed,
                   count(*) filter (where i.operating_status in ('OPERATING', 'SUSPENDED')) as obliged,
                   sum(i.beds_total) as beds, sum(i.nursing_beds) as nursing_beds, count(l.institution_id) as filed_late
            from institution i join region r on r.code = i.region_code
            left join (select institution_id from filing where status = 'SUBMITTED') s on s.institution_id = i.id
            left join (select institution_id from filing where late group by institution_id) l on l.institution_id = i.id
            where i.operating_status <> 'TERMINATED' and r.path like (select path from region where code = ?) || '%'
            group by 1, 2""";
    static final String BAN = "select * from industry_ban where id_number_idx = ? order by end_date desc";
    static final String EXPORT = LIST_PAGE.replace("%s", NARROW).replace("order by i.id desc limit 51",
            "order by c.name, r.name, i.name limit 50000");

    private Baselines() {
    }

    /** Latencies (ms) of back-to-back runs of {@code request} for {@code seconds} (after a short warm-up). */
    static List<Double> timed(int seconds, SqlRequest request) throws SQLException {
        for (int i = 0; i < 3; i++) {
            request.run();
        }
        List<Double> ms = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end || ms.size() < 5) {
            long t0 = System.nanoTime();
            request.run();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return ms;
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** Reads every row (the driver fetches them all), as the application does before answering. */
    static int drain(PreparedStatement ps) throws SQLException {
        int n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
                n++;
            }
        }
        return n;
    }

    /** The raw ingest: COPY of the registration file into a temporary table; returns milliseconds. */
    static double copy(Connection c, Path file) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("create temporary table bench_copy (uscc text, name text, registrar text, scope text, address text, "
                    + "registered_on date)");
        }
        long t0 = System.nanoTime();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy from stdin with (format csv, header true)", in);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        try (Statement st = c.createStatement()) {
            st.execute("drop table bench_copy");
        }
        return ms;
    }

    interface SqlRequest {
        void run() throws SQLException;
    }

    static Map<String, Object> stats(List<Double> ms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", percentile(ms, 50));
        m.put("p95", percentile(ms, 95));
        m.put("n", ms.size());
        return m;
    }
}
