package org.eldercare.oversight.bench;

/**
 * One hot path of issue #15: its name in the report, the Gatling request name(s) it is measured by, the data it works over,
 * its goal, and whether the product has it yet. A path not built yet is one entry with {@link #notBuilt}: it appears in the
 * report as such; once built it gets a request in {@link HotPathsSimulation} and a baseline in {@link Baselines}.
 */
public record HotPath(String key, String name, String goal, Double maxP95Ms, Double maxRatio, boolean built) {

    static HotPath of(String key, String name, String goal, Double maxP95Ms, Double maxRatio) {
        return new HotPath(key, name, goal, maxP95Ms, maxRatio, true);
    }

    static HotPath notBuilt(String key, String name, String goal) {
        return new HotPath(key, name, goal, null, null, false);
    }
}
