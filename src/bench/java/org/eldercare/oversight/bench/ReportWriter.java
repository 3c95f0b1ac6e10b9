package org.eldercare.oversight.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code report.json} (one object per path) and {@code report.md} (the same table, notes, the Gatling report's link). */
final class ReportWriter {

    private final BenchPlan plan;
    private final Path gatlingReport;

    ReportWriter(BenchPlan plan, Path gatlingReport) {
        this.plan = plan;
        this.gatlingReport = gatlingReport;
    }

    void write(List<Result> results, Path dir) throws Exception {
        List<Map<String, Object>> json = new ArrayList<>();
        for (Result r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.path().name());
            m.put("key", r.path().key());
            m.put("rows", r.rows());
            m.put("rps", round(r.rps()));
            m.put("p50_ms", round(r.p50Ms()));
            m.put("p95_ms", round(r.p95Ms()));
            m.put("baseline_p95_ms", round(r.baselineP95Ms()));
            m.put("ratio", round(r.ratio()));
            m.put("goal", r.path().goal());
            m.put("met", r.met());
            m.put("note", r.note());
            json.add(m);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("report.json").toFile(), json);
        Files.writeString(dir.resolve("report.md"), markdown(results, dir), StandardCharsets.UTF_8);
    }

    private String markdown(List<Result> results, Path dir) {
        StringBuilder s = new StringBuilder();
        s.append("# Benchmark report: ").append(plan.get("scale")).append(" scale\n\n");
        s.append(String.format("%s UTC · seed %s · %,d institutions under region %s · %,d staff · 2-core shared machine%n%n",
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toLocalDateTime(), plan.get("seed"),
                plan.number("institutions"), plan.get("root"), plan.number("staff")));
        s.append("| path | rows | req/s | p50 ms | p95 ms | baseline p95 ms | ratio | goal | met |\n");
        s.append("|---|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Result r : results) {
            s.append("| ").append(r.path().name()).append(" | ").append(r.rows() == null ? "" : String.format("%,d", r.rows()))
                    .append(" | ").append(fmt(r.rps())).append(" | ").append(fmt(r.p50Ms())).append(" | ").append(fmt(r.p95Ms()))
                    .append(" | ").append(fmt(r.baselineP95Ms())).append(" | ").append(fmt(r.ratio())).append(" | ")
                    .append(r.path().goal()).append(" | ").append(r.met() == null ? "not built yet" : r.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        s.append("\nNotes:\n\n");
        for (Result r : results) {
            if (r.note() != null && r.met() != null) {
                s.append("- ").append(r.path().key()).append(": ").append(r.note()).append('\n');
            }
        }
        s.append("\nratio = p95 over HTTP / p95 of the same statements over JDBC (for the import: its time / raw COPY's time).\n");
        if (gatlingReport != null) {
            Path index = dir.toAbsolutePath().relativize(gatlingReport.toAbsolutePath().resolve("index.html"));
            s.append("Gatling HTML report: [").append(index).append("](").append(index).append(")\n");
        }
        return s.toString();
    }

    private static Double round(Double d) {
        return d == null ? null : Math.round(d * 10) / 10.0;
    }

    private static String fmt(Double d) {
        return d == null ? "" : d >= 100 ? String.format("%,.0f", d) : String.format("%.1f", d);
    }
}
