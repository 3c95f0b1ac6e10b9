package org.eldercare.oversight.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eldercare.oversight.common.BenchCiphers;
import org.eldercare.oversight.common.FieldCipher;

/**
 * {@code bench/run measure}, after Gatling: the baselines of the same run (raw SQL over JDBC, raw COPY), the heap growth of
 * one export, and the report ({@code target/bench/report.json}, {@code report.md}) joining them with Gatling's figures.
 */
public final class BenchMeasure {

    private final BenchPlan plan;
    private final BenchDatabase db;
    private final Optional<GatlingStats> gatling;
    private final long appPid;
    private final int port;

    private BenchMeasure(Map<String, String> opts) throws Exception {
        Path dir = Path.of(opts.getOrDefault("dir", "target/bench"));
        this.plan = BenchPlan.load(dir);
        this.db = new BenchDatabase(dir);
        this.gatling = GatlingStats.latest(dir.resolve("gatling"));
        this.appPid = Long.parseLong(opts.get("app-pid"));
        this.port = Integer.parseInt(opts.getOrDefault("port", "18915"));
    }

    public static void main(String[] args) throws Exception {
        new BenchMeasure(BenchGenerator.options(args)).run();
    }

    private void run() throws Exception {
        List<Result> results = new ArrayList<>();
        try (Connection c = db.connect()) {
            for (HotPath path : HotPaths.ALL) {
                results.add(path.built() ? measure(path, c) : Result.notBuilt(path));
                BenchGenerator.log("%s done", path.key());
            }
        }
        new ReportWriter(plan, gatling.map(g -> g.reportDir).orElse(null)).write(results, db.dir());
    }

    private Result measure(HotPath path, Connection c) throws Exception {
        Optional<GatlingStats.Request> http = gatling.flatMap(g -> g.request(path.key()));
        return switch (path.key()) {
            case HotPaths.LIST_COUNTY -> read(path, http, plan.number("countyInstitutions"), list(c, plan.get("county")));
            case HotPaths.LIST_NATIONAL -> read(path, http, plan.number("institutions"), list(c, null));
            case HotPaths.PUBLIC_COMMITMENTS -> read(path, http, plan.number("institutions"), commitments(c));
            case HotPaths.OVERVIEW -> read(path, http, plan.number("institutions"), overview(c));
            case HotPaths.BAN_CHECK -> read(path, http, plan.number("staff"), banCheck(c));
            case HotPaths.EXPORT -> new ExportMeasure(plan, port, appPid).measure(path, http, c);
            case HotPaths.IMPORT -> importPath(path, c);
            default -> throw new IllegalStateException("no measurement for " + path.key());
        };
    }

    private Result read(HotPath path, Optional<GatlingStats.Request> http, long rows, Baselines.SqlRequest baseline) throws Exception {
        List<Double> ms = Baselines.timed(plan.seconds() / 2, baseline);
        double seconds = path.key().equals(HotPaths.PUBLIC_COMMITMENTS) ? plan.publicSeconds() : plan.seconds();
        return Result.of(path, rows, http, Baselines.percentile(ms, 95), seconds);
    }

    private Baselines.SqlRequest list(Connection c, String county) throws Exception {
        String narrow = county == null ? "" : Baselines.NARROW;
        PreparedStatement page = c.prepareStatement(Baselines.LIST_PAGE.replace("%s", narrow));
        PreparedStatement count = c.prepareStatement(Baselines.LIST_COUNT.replace("%s", narrow));
        if (county != null) {
            page.setString(1, county);
            count.setString(1, county);
        }
        return () -> {
            Baselines.drain(page);
            Baselines.drain(count);
        };
    }

    private Baselines.SqlRequest commitments(Connection c) throws Exception {
        PreparedStatement ps = c.prepareStatement(Baselines.COMMITMENTS);
        String q = plan.get("searchTerm");
        ps.setString(1, regionPath(c) + "%");
        ps.setString(2, q);
        ps.setString(3, "%" + q + "%");
        ps.setString(4, q);
        return () -> Baselines.drain(ps);
    }

    private String regionPath(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("select path from region where code = ?")) {
            ps.setString(1, plan.get("root"));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private Baselines.SqlRequest overview(Connection c) throws Exception {
        int depth = regionPath(c).split("/").length + 1;
        PreparedStatement ps = c.prepareStatement(Baselines.OVERVIEW);
        ps.setInt(1, depth);
        ps.setString(2, plan.get("root"));
        return () -> Baselines.drain(ps);
    }

    private Baselines.SqlRequest banCheck(Connection c) throws Exception {
        FieldCipher cipher = BenchCiphers.fromKeyFile(db.keys());
        List<String> ids = plan.banCheckIds();
        PreparedStatement ps = c.prepareStatement(Baselines.BAN);
        int[] next = {0};
        return () -> {
            ps.setString(1, cipher.blindIndex(ids.get(next[0]++ % ids.size()), BanFiller.ID_COLUMN));
            Baselines.drain(ps);
        };
    }

    private Result importPath(HotPath path, Connection c) throws Exception {
        Path elapsedFile = db.file("import-elapsed.txt");
        int rows = plan.number("importRows");
        double copyMs = Baselines.copy(c, Path.of(plan.get("importFile")));
        if (!Files.exists(elapsedFile)) {
            return Result.failed(path, rows, "the import did not finish in the Gatling run (see gatling.log)");
        }
        String[] parts = Files.readString(elapsedFile).trim().split(" ");
        double appMs = Double.parseDouble(parts[0]);
        Result r = new Result(path, (long) rows, rows / (appMs / 1000), appMs, appMs, copyMs, appMs / copyMs, null, null);
        return "DONE".equals(parts[1]) ? r.judged(null)
                : r.withMet(false, "the import ended " + parts[1]);
    }
}
