package org.eldercare.oversight.inspection.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.eldercare.oversight.inspection.spotcheck.DrawAlgorithm.Assignment;
import org.eldercare.oversight.inspection.spotcheck.DrawAlgorithm.Result;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The draw algorithm alone (no Spring): reproducible, weighted, conflict-free (ADR 0021). */
class DrawAlgorithmTests {

    private static final String SEED = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    @DisplayName("INS-2: the same seed and pool give the same result, also from the stored snapshot")
    void sameSeedSamePool() {
        DrawPool pool = pool(500, 40, new Random(1));
        Result first = DrawAlgorithm.run(pool, SEED, 25, List.of("CIVIL_AFFAIRS"), 2);
        Result again = DrawAlgorithm.run(pool, SEED, 25, List.of("CIVIL_AFFAIRS"), 2);
        DrawPool.Encoded encoded = pool.encode();
        DrawPool stored = PoolText.parse(encoded.gzip());
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(again.selected()).containsExactly(first.selected());
        assertThat(again.assignments()).isEqualTo(first.assignments());
        assertThat(stored.sha256()).isEqualTo(encoded.sha256()).isEqualTo(pool.sha256());
        assertThat(DrawAlgorithm.run(stored, SEED, 25, List.of("CIVIL_AFFAIRS"), 2).sha256()).isEqualTo(first.sha256());
        assertThat(DrawAlgorithm.run(pool, SEED.replace('9', '8'), 25, List.of("CIVIL_AFFAIRS"), 2).sha256())
                .as("another seed, another result").isNotEqualTo(first.sha256());
    }

    @Test
    @DisplayName("INS-2: a known pool and seed give a fixed result (the algorithm never changes under a version)")
    void fixedVector() {
        DrawPool pool = new DrawPool(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, new int[] {1, 1, 1, 3, 1, 1, 2, 1, 1, 1},
                regions(10, "532301101000"), new long[] {}, new String[] {}, new String[] {}, new long[0][], new long[0][]);
        long[] selected = DrawAlgorithm.select(pool, SEED, 3);
        assertThat(DrawAlgorithm.select(pool, SEED, 3)).containsExactly(selected);
        assertThat(selected).hasSize(3).isSorted();
        assertThat(pool.sha256()).hasSize(64).isEqualTo(new DrawPool(pool.objectIds, pool.weights, pool.objectRegions,
                new long[] {}, new String[] {}, new String[] {}, new long[0][], new long[0][]).sha256());
    }

    @Test
    @DisplayName("INS-2: a changed pool has another hash")
    void changedPoolChangesHash() {
        DrawPool pool = pool(300, 10, new Random(2));
        long[] ids = pool.objectIds.clone();
        ids[ids.length - 1] += 1;
        DrawPool changed = new DrawPool(ids, pool.weights, pool.objectRegions, pool.inspectorIds, pool.inspectorDepartments,
                pool.inspectorHomes, pool.conflicts, pool.history);
        int[] weights = pool.weights.clone();
        weights[0] = weights[0] + 1;
        DrawPool reweighted = new DrawPool(pool.objectIds, weights, pool.objectRegions, pool.inspectorIds,
                pool.inspectorDepartments, pool.inspectorHomes, pool.conflicts, pool.history);
        assertThat(changed.sha256()).isNotEqualTo(pool.sha256());
        assertThat(reweighted.sha256()).isNotEqualTo(pool.sha256()).isNotEqualTo(changed.sha256());
    }

    @Test
    @DisplayName("INS-2: a ratio (rounded up) or a count is respected, never more than the pool")
    void ratioAndCount() {
        assertThat(DrawAlgorithm.size(1000, null, 500)).isEqualTo(50);
        assertThat(DrawAlgorithm.size(999, null, 500)).isEqualTo(50);
        assertThat(DrawAlgorithm.size(10, null, 10_000)).isEqualTo(10);
        assertThat(DrawAlgorithm.size(10, 30, null)).isEqualTo(10);
        assertThat(DrawAlgorithm.size(400_000, 7, null)).isEqualTo(7);
        DrawPool pool = pool(1000, 0, new Random(3));
        assertThat(DrawAlgorithm.select(pool, SEED, DrawAlgorithm.size(1000, null, 500))).hasSize(50).doesNotHaveDuplicates();
        assertThat(DrawAlgorithm.select(pool, SEED, 7)).hasSize(7);
    }

    @Test
    @DisplayName("INS-3: over 1,000 seeded draws a weight of 3 raises a site's selection frequency about threefold")
    void weightThreeTriples() {
        int n = 1000;
        int[] weights = new int[n];
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i + 1;
            weights[i] = i < 20 ? 3 : 1;
        }
        DrawPool pool = new DrawPool(ids, weights, regions(n, "532301101000"), new long[0], new String[0], new String[0],
                new long[0][], new long[0][]);
        long heavy = 0;
        long light = 0;
        Random seeds = new Random(42);
        for (int draw = 0; draw < 1000; draw++) {
            for (long id : DrawAlgorithm.select(pool, Long.toHexString(seeds.nextLong()), 10)) {
                if (id <= 20) {
                    heavy++;
                } else {
                    light++;
                }
            }
        }
        double ratio = (heavy / 20.0) / (light / 980.0);
        assertThat(ratio).as("selection frequency of weight 3 over weight 1").isBetween(2.6, 3.4);
    }

    @Test
    @DisplayName("INS-2: no inspector is ever assigned where a conflict exists (declared or own township), 200 random pools")
    void neverAConflict() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            DrawPool pool = pool(50 + random.nextInt(200), 5 + random.nextInt(30), random);
            List<String> departments = random.nextBoolean() ? List.of("CIVIL_AFFAIRS") : List.of("CIVIL_AFFAIRS", "FIRE_RESCUE");
            Result r = DrawAlgorithm.run(pool, Long.toHexString(random.nextLong()), 1 + random.nextInt(30), departments, 2);
            Set<String> declared = new HashSet<>();
            for (long[] c : pool.conflicts) {
                declared.add(c[0] + "/" + c[1]);
            }
            Map<Long, Integer> inspector = new HashMap<>();
            for (int i = 0; i < pool.inspectorIds.length; i++) {
                inspector.put(pool.inspectorIds[i], i);
            }
            for (Assignment a : r.assignments()) {
                int i = inspector.get(a.inspectorId());
                int site = java.util.Arrays.binarySearch(pool.objectIds, a.institutionId());
                assertThat(declared).doesNotContain(a.inspectorId() + "/" + a.institutionId());
                assertThat(pool.inspectorHomes[i]).isNotEqualTo(pool.objectRegions[site]);
                assertThat(pool.inspectorDepartments[i]).isEqualTo(a.department());
            }
            for (long site : r.selected()) {
                List<Long> team = r.assignments().stream().filter(a -> a.institutionId() == site).map(Assignment::inspectorId).toList();
                assertThat(team).doesNotHaveDuplicates();
                assertThat(team.size() >= 2 * departments.size() || r.shortOfInspectors().contains(site)).isTrue();
            }
        }
    }

    @Test
    @DisplayName("INS-2: an inspector who visited a site before is not sent again while others are free")
    void avoidsRepeats() {
        long[] inspectors = {101, 102, 103, 104};
        String[] departments = {"CIVIL_AFFAIRS", "CIVIL_AFFAIRS", "CIVIL_AFFAIRS", "CIVIL_AFFAIRS"};
        DrawPool pool = new DrawPool(new long[] {1}, new int[] {1}, regions(1, "532301101000"), inspectors, departments,
                new String[4], new long[0][], new long[][] {{101, 1, 2}, {102, 1, 1}});
        for (int s = 0; s < 50; s++) {
            Result r = DrawAlgorithm.run(pool, "seed" + s, 1, List.of("CIVIL_AFFAIRS"), 2);
            assertThat(r.assignments()).extracting(Assignment::inspectorId).containsExactlyInAnyOrder(103L, 104L);
        }
        Result three = DrawAlgorithm.run(pool, SEED, 1, List.of("CIVIL_AFFAIRS"), 3);
        assertThat(three.assignments()).extracting(Assignment::inspectorId).containsExactlyInAnyOrder(102L, 103L, 104L);
    }

    /** A random pool: n sites in three townships, m inspectors of two departments, some living there, some conflicts. */
    static DrawPool pool(int n, int m, Random random) {
        String[] townships = {"532301101000", "532301102000", "532301103000"};
        long[] ids = new long[n];
        int[] weights = new int[n];
        String[] regions = new String[n];
        long id = 0;
        for (int i = 0; i < n; i++) {
            id += 1 + random.nextInt(5);
            ids[i] = id;
            weights[i] = 1 + random.nextInt(3);
            regions[i] = townships[random.nextInt(3)];
        }
        long[] inspectors = new long[m];
        String[] departments = new String[m];
        String[] homes = new String[m];
        List<long[]> conflicts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < m; i++) {
            inspectors[i] = 1000 + i;
            departments[i] = random.nextBoolean() ? "CIVIL_AFFAIRS" : "FIRE_RESCUE";
            homes[i] = random.nextInt(3) == 0 ? townships[random.nextInt(3)] : null;
            for (int c = 0; c < 3 && n > 0; c++) {
                long site = ids[random.nextInt(n)];
                if (seen.add(inspectors[i] + "/" + site)) {
                    conflicts.add(new long[] {inspectors[i], site});
                }
            }
        }
        return new DrawPool(ids, weights, regions, inspectors, departments, homes, conflicts.toArray(long[][]::new), new long[0][]);
    }

    private static String[] regions(int n, String code) {
        String[] r = new String[n];
        java.util.Arrays.fill(r, code);
        return r;
    }
}
