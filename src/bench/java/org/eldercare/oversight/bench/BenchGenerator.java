package org.eldercare.oversight.bench;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eldercare.oversight.common.BenchCiphers;

/**
 * {@code bench/run generate --scale county|national [--seed N]}: fills the bench database (already migrated by the packaged
 * application, which is running on it) with synthetic data through the platform's own tables, by COPY. Deterministic for a
 * seed (except the ciphertexts' random nonces and the bench secrets). While loading, foreign-key triggers are off (the
 * data are consistent by construction) and the plain indexes of the filled tables are dropped and rebuilt afterwards.
 * Writes {@code target/bench/plan.properties} (what {@code measure} asks for, and the bench callers' secrets).
 */
public final class BenchGenerator {

    /** Every part of the data set, in order; a part whose tables do not exist yet is skipped. */
    static final List<TableFiller> FILLERS = List.of(new InstitutionFiller(), new StaffFiller(), new BanFiller());

    private BenchGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        BenchScale scale = BenchScale.parse(opts.getOrDefault("scale", "county"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "20261125"));
        BenchDatabase db = new BenchDatabase(Path.of(opts.getOrDefault("dir", "target/bench")));
        long started = System.nanoTime();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("set session_replication_role = replica");
            st.execute("set synchronous_commit = off");
            st.execute("set maintenance_work_mem = '256MB'");
            if (count(st, "select count(*) from user_account where username = '" + BenchAccounts.USERNAME + "'") > 0) {
                throw new IllegalStateException("the bench database already holds generated data: bench/run generate starts afresh");
            }
            BenchData d = new BenchData(scale, seed, Townships.under(c, scale.root), BenchCiphers.fromKeyFile(db.keys()));
            List<TableFiller> fillers = present(st);
            List<String> tables = fillers.stream().flatMap(f -> f.tables().stream()).distinct().toList();
            DeferredIndexes indexes = DeferredIndexes.drop(st, tables);
            for (TableFiller f : fillers) {
                long t0 = System.nanoTime();
                String summary = f.fill(d, c);
                log("%s in %.1f s", summary, (System.nanoTime() - t0) / 1e9);
            }
            long t0 = System.nanoTime();
            indexes.recreate(st);
            for (String t : tables) {
                st.execute("select setval(pg_get_serial_sequence('" + t + "', 'id'), (select max(id) from " + t + "))");
                st.execute("vacuum (analyze) " + t);
            }
            log("%d indexes rebuilt, tables vacuumed and analysed in %.1f s", indexes.count(), (System.nanoTime() - t0) / 1e9);
            st.execute("set session_replication_role = origin");
            writePlan(c, db, d);
        }
        log("generated the %s data set (seed %d) in %.1f s", scale.name().toLowerCase(), seed, (System.nanoTime() - started) / 1e9);
    }

    /** The fillers whose tables all exist; the others are skipped (their module is not built yet). */
    private static List<TableFiller> present(Statement st) {
        List<TableFiller> fillers = new ArrayList<>();
        for (TableFiller f : FILLERS) {
            if (f.tables().stream().allMatch(t -> exists(st, t))) {
                fillers.add(f);
            } else {
                log("skipped %s: table(s) %s not in the schema yet", f.getClass().getSimpleName(), f.tables());
            }
        }
        return fillers;
    }

    private static void writePlan(Connection c, BenchDatabase db, BenchData d) throws Exception {
        Properties plan = new Properties();
        plan.setProperty("scale", d.scale.name().toLowerCase());
        plan.setProperty("seed", String.valueOf(d.seed));
        plan.setProperty("root", d.scale.root);
        plan.setProperty("institutions", String.valueOf(d.scale.institutions));
        plan.setProperty("staff", String.valueOf(d.scale.staff));
        int[] share = d.townships.share(d.scale.institutions);
        int busiest = 0;
        for (int k = 1; k < share.length; k++) {
            busiest = share[k] > share[busiest] ? k : busiest;
        }
        plan.setProperty("county", d.townships.counties.get(busiest).code());
        plan.setProperty("countyInstitutions", String.valueOf(share[busiest]));
        plan.setProperty("searchTerm", InstitutionFiller.BRANDS[1]);
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < 200 && d.scale.staff > 0; k++) {
            ids.add(k % 10 == 9 && d.scale.bans > 0 ? BanFiller.idNumberOf(d, k % d.scale.bans)
                    : StaffFiller.idNumberOf(d, (int) ((long) k * d.scale.staff / 200)));
        }
        plan.setProperty("banCheckIds", String.join(",", ids));
        Path importFile = db.file("registrations.csv");
        RegistrationFileWriter.write(d, importFile, d.scale.importRows);
        plan.setProperty("importFile", importFile.toString());
        plan.setProperty("importRows", String.valueOf(d.scale.importRows));
        plan.setProperty("exportRows", String.valueOf(d.scale.exportRows));
        BenchAccounts.create(c, d, plan);
        Path file = db.file("plan.properties");
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            plan.store(out, "bench plan: what measure asks for, and the bench callers' secrets (this bench database only)");
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return opts;
    }

    private static boolean exists(Statement st, String table) {
        try (ResultSet rs = st.executeQuery("select to_regclass('public." + table + "') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
