package org.eldercare.oversight.inspection.spotcheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.inspection.spotcheck.DrawAlgorithm.Assignment;
import org.eldercare.oversight.inspection.spotcheck.DrawAlgorithm.Result;

/** The inspector half of {@link DrawAlgorithm}: a seeded ring per department, conflicts skipped, earlier visits avoided. */
final class InspectorRing {

    private final int[] ring;
    private int next;

    private InspectorRing(int[] ring) {
        this.ring = ring;
    }

    static Result assign(DrawPool pool, String seedHex, long[] selected, List<String> departments, int perDepartment) {
        Xoshiro256 random = new Xoshiro256(seedHex, "inspectors");
        Map<String, InspectorRing> rings = new HashMap<>();
        for (String department : departments) {
            rings.put(department, shuffled(pool, department, random));
        }
        Map<Long, Map<Long, Long>> conflicts = DrawAlgorithm.bySite(pool.conflicts, selected);
        Map<Long, Map<Long, Long>> history = DrawAlgorithm.bySite(pool.history, selected);
        List<Assignment> assignments = new ArrayList<>();
        List<Long> shortOf = new ArrayList<>();
        for (long site : selected) {
            String region = pool.objectRegions[Arrays.binarySearch(pool.objectIds, site)];
            Map<Long, Long> declared = conflicts.getOrDefault(site, Map.of());
            Map<Long, Long> visited = history.getOrDefault(site, Map.of());
            boolean complete = true;
            for (String department : departments) {
                List<Integer> chosen = rings.get(department).take(pool, perDepartment, region, declared, visited);
                chosen.forEach(i -> assignments.add(new Assignment(site, department, pool.inspectorIds[i])));
                complete &= chosen.size() == perDepartment;
            }
            if (!complete) {
                shortOf.add(site);
            }
        }
        return new Result(selected, assignments, shortOf);
    }

    private static InspectorRing shuffled(DrawPool pool, String department, Xoshiro256 random) {
        int[] members = new int[pool.inspectorIds.length];
        int n = 0;
        for (int i = 0; i < pool.inspectorIds.length; i++) {
            if (department.equals(pool.inspectorDepartments[i])) {
                members[n++] = i;
            }
        }
        int[] ring = Arrays.copyOf(members, n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = ring[i];
            ring[i] = ring[j];
            ring[j] = t;
        }
        return new InspectorRing(ring);
    }

    /**
     * Up to {@code need} inspectors for one site, going round the ring from where the last site stopped: first those free
     * of conflict who never visited the site, then, if too few, the free ones with the fewest earlier visits (ring order).
     */
    private List<Integer> take(DrawPool pool, int need, String region, Map<Long, Long> declared, Map<Long, Long> visited) {
        List<Integer> chosen = new ArrayList<>(need);
        List<int[]> visitedBefore = new ArrayList<>();
        int last = -1;
        for (int step = 0; step < ring.length && chosen.size() < need; step++) {
            int position = (next + step) % ring.length;
            int i = ring[position];
            long id = pool.inspectorIds[i];
            if (declared.containsKey(id) || region.equals(pool.inspectorHomes[i])) {
                continue;
            }
            Long times = visited.get(id);
            if (times != null) {
                visitedBefore.add(new int[] {i, (int) Math.min(Integer.MAX_VALUE, times), step});
                continue;
            }
            chosen.add(i);
            last = position;
        }
        if (chosen.size() < need) {
            visitedBefore.sort(Comparator.<int[]>comparingInt(v -> v[1]).thenComparingInt(v -> v[2]));
            for (int k = 0; k < visitedBefore.size() && chosen.size() < need; k++) {
                chosen.add(visitedBefore.get(k)[0]);
            }
        }
        if (last >= 0) {
            next = (last + 1) % ring.length;
        }
        return chosen;
    }
}
