package org.eldercare.oversight.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The Excel export: latency from Gatling, the baseline the export's rows read raw, and the heap growth of one more export
 * (the live heap, collected every 100 ms while it runs, above the live heap before it).
 */
final class ExportMeasure {

    private final BenchPlan plan;
    private final int port;
    private final long appPid;

    ExportMeasure(BenchPlan plan, int port, long appPid) {
        this.plan = plan;
        this.port = port;
        this.appPid = appPid;
    }

    Result measure(HotPath path, Optional<GatlingStats.Request> http, Connection c) throws Exception {
        PreparedStatement ps = c.prepareStatement(Baselines.EXPORT);
        ps.setString(1, plan.get("root"));
        int[] rows = {0};
        List<Double> ms = Baselines.timed(1, () -> rows[0] = Baselines.drain(ps));
        double growthMb = heapGrowthMb();
        double exportSeconds = http.map(h -> h.mean() * plan.exports() / 1000).orElse(1.0);
        Result r = Result.of(path, rows[0], http, Baselines.percentile(ms, 95), exportSeconds);
        int wanted = plan.number("exportRows");
        boolean ok = r.met() != null && r.met() && growthMb <= 64 && rows[0] >= wanted;
        String note = String.format("heap growth %.1f MB; %,d rows exported of %,d asked", growthMb, rows[0], wanted);
        return r.withMet(ok, r.note() == null ? note : r.note() + "; " + note);
    }

    private double heapGrowthMb() throws Exception {
        String auth = Base64.getEncoder().encodeToString((plan.get("username") + ":" + plan.get("password"))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/registry/institutions/export?region=" + plan.get("root")))
                .header("Authorization", "Basic " + auth).timeout(Duration.ofMinutes(5)).build();
        try (HeapWatch heap = new HeapWatch(appPid)) {
            long before = heap.settle();
            long peak = before;
            CompletableFuture<HttpResponse<byte[]>> response = HttpClient.newHttpClient()
                    .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
            while (!response.isDone()) {
                peak = Math.max(peak, heap.settle());
                Thread.sleep(100);
            }
            if (response.get().statusCode() != 200) {
                throw new IllegalStateException("export answered " + response.get().statusCode());
            }
            return (peak - before) / (1024.0 * 1024.0);
        }
    }
}
