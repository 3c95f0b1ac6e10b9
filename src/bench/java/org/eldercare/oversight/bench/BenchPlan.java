package org.eldercare.oversight.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** What the generator wrote for {@code measure} ({@code target/bench/plan.properties}). */
public record BenchPlan(Path dir, Properties p) {

    public static BenchPlan load(Path dir) throws IOException {
        return new BenchPlan(dir.toAbsolutePath().normalize(), BenchDatabase.load(dir.resolve("plan.properties")));
    }

    public String get(String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("plan.properties has no " + key + ": run bench/run generate again");
        }
        return v;
    }

    public int number(String key) {
        return Integer.parseInt(get(key));
    }

    public boolean national() {
        return "national".equals(get("scale"));
    }

    public List<String> banCheckIds() {
        return Arrays.asList(get("banCheckIds").split(","));
    }

    /** Seconds each read path runs for (sequential requests): short at county scale. */
    public int seconds() {
        return national() ? 20 : 6;
    }

    /** Seconds of 200 new public-search requests per second (an open workload: they queue when the server falls behind). */
    public int publicSeconds() {
        return national() ? 5 : 3;
    }

    /** Exports in a row (each reads up to 100,000 rows). */
    public int exports() {
        return national() ? 3 : 5;
    }
}
