package org.eldercare.oversight.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Per-request statistics read from the Gatling HTML report's statistics table ({@code index.html}; Gatling 3.14 writes no
 * JSON statistics): OK and KO counts, the 50th and 95th percentiles, the mean.
 */
final class GatlingStats {

    record Request(long ok, long ko, double p50, double p95, double mean) {
    }

    private static final Pattern ROW = Pattern.compile("class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");
    final Path reportDir;
    private final Map<String, Request> byName = new HashMap<>();

    private GatlingStats(Path reportDir) {
        this.reportDir = reportDir;
    }

    /** The newest report under {@code gatlingDir}, or none. */
    static Optional<GatlingStats> latest(Path gatlingDir) throws IOException {
        if (!Files.isDirectory(gatlingDir)) {
            return Optional.empty();
        }
        Optional<Path> dir;
        try (Stream<Path> s = Files.list(gatlingDir)) {
            dir = s.filter(d -> Files.exists(d.resolve("index.html"))).max(Comparator.comparing(Path::toString));
        }
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        GatlingStats stats = new GatlingStats(dir.get());
        Matcher row = ROW.matcher(Files.readString(dir.get().resolve("index.html"), StandardCharsets.UTF_8));
        while (row.find()) {
            Map<Integer, String> cells = new HashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
            }
            stats.byName.put(row.group(1).trim(), new Request((long) number(cells.get(3)), (long) number(cells.get(4)),
                    number(cells.get(8)), number(cells.get(10)), number(cells.get(13))));
        }
        return Optional.of(stats);
    }

    private static double number(String s) {
        return s == null || s.isEmpty() || "-".equals(s) ? 0 : Double.parseDouble(s.replace(",", ""));
    }

    Optional<Request> request(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
