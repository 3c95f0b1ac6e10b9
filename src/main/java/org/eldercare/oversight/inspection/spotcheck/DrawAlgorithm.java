package org.eldercare.oversight.inspection.spotcheck;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The draw, algorithm {@value #VERSION} (ADR 0021). Objects: Efraimidis–Spirakis weighted sampling without replacement —
 * every site, in ascending id order, gets the key ln(u)/w with u from the "objects" stream of {@link Xoshiro256}
 * ({@link StrictMath#log}, so the same on every JVM); the k largest keys are drawn (equal keys: the smaller id). Inspectors:
 * per department (ascending code) its inspectors are shuffled (Fisher–Yates, "inspectors" stream); the selected sites, in
 * ascending id order, take inspectors round the shuffled ring, skipping anyone in conflict (a declared conflict, or the
 * inspector's own township is the site's region) and, while others remain, anyone who has inspected the site in an earlier
 * draw; if too few remain, those with the fewest earlier visits fill the places, and a site still short is reported.
 */
final class DrawAlgorithm {

    static final String VERSION = "weighted-reservoir-v1";

    record Assignment(long institutionId, String department, long inspectorId) {
    }

    /** Selected site ids (ascending), their assignments, and the sites that got fewer inspectors than asked. */
    record Result(long[] selected, List<Assignment> assignments, List<Long> shortOfInspectors) {

        /** SHA-256 of the result's canonical text ("selected n", ids; "assignments m", "site department inspector"). */
        String sha256() {
            StringBuilder s = new StringBuilder("selected ").append(selected.length).append('\n');
            for (long id : selected) {
                s.append(id).append('\n');
            }
            s.append("assignments ").append(assignments.size()).append('\n');
            for (Assignment a : assignments) {
                s.append(a.institutionId()).append(' ').append(a.department()).append(' ').append(a.inspectorId()).append('\n');
            }
            return HexFormat.of().formatHex(Xoshiro256.sha256(s.toString().getBytes(StandardCharsets.US_ASCII)));
        }
    }

    private DrawAlgorithm() {
    }

    /** How many sites to draw: {@code count} (at most the pool), else ceil(pool × ratio / 10,000) with the ratio in basis points. */
    static int size(int pool, Integer count, Integer ratioBasisPoints) {
        if (count != null) {
            return Math.min(count, pool);
        }
        return (int) Math.min(pool, ((long) pool * ratioBasisPoints + 9_999) / 10_000);
    }

    static Result run(DrawPool pool, String seedHex, int k, List<String> departments, int perDepartment) {
        long[] selected = select(pool, seedHex, k);
        return InspectorRing.assign(pool, seedHex, selected, departments.stream().sorted().distinct().toList(), perDepartment);
    }

    /** The ids of the k sites with the largest keys, ascending. A min-heap of k entries over primitive arrays. */
    static long[] select(DrawPool pool, String seedHex, int k) {
        int n = pool.objects();
        k = Math.min(k, n);
        if (k <= 0) {
            return new long[0];
        }
        Xoshiro256 random = new Xoshiro256(seedHex, "objects");
        double[] keys = new double[k];
        int[] index = new int[k];
        int size = 0;
        for (int i = 0; i < n; i++) {
            double key = StrictMath.log(random.nextOpenDouble()) / pool.weights[i];
            if (size < k) {
                keys[size] = key;
                index[size] = i;
                up(keys, index, size++);
            } else if (key > keys[0]) {
                keys[0] = key;
                index[0] = i;
                down(keys, index, k);
            }
        }
        long[] ids = new long[k];
        for (int j = 0; j < k; j++) {
            ids[j] = pool.objectIds[index[j]];
        }
        Arrays.sort(ids);
        return ids;
    }

    /** Whether entry a ranks below entry b (smaller key; equal keys: the later index, i.e. larger id). */
    private static boolean worse(double[] keys, int[] index, int a, int b) {
        return keys[a] < keys[b] || (keys[a] == keys[b] && index[a] > index[b]);
    }

    private static void up(double[] keys, int[] index, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(keys, index, i, parent)) {
                return;
            }
            swap(keys, index, i, parent);
            i = parent;
        }
    }

    private static void down(double[] keys, int[] index, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int least = i;
            if (l < size && worse(keys, index, l, least)) {
                least = l;
            }
            if (r < size && worse(keys, index, r, least)) {
                least = r;
            }
            if (least == i) {
                return;
            }
            swap(keys, index, i, least);
            i = least;
        }
    }

    private static void swap(double[] keys, int[] index, int a, int b) {
        double k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
        int x = index[a];
        index[a] = index[b];
        index[b] = x;
    }

    /** Site id → (inspector id → value) for the selected sites only. */
    static Map<Long, Map<Long, Long>> bySite(long[][] rows, long[] selected) {
        Map<Long, Map<Long, Long>> map = new HashMap<>();
        for (long[] row : rows) {
            if (Arrays.binarySearch(selected, row[1]) >= 0) {
                map.computeIfAbsent(row[1], s -> new HashMap<>()).put(row[0], row.length > 2 ? row[2] : 1L);
            }
        }
        return map;
    }
}
