package org.eldercare.oversight.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eldercare.oversight.security.MatrixCases.MatrixCase;
import org.eldercare.oversight.security.MatrixFixtures.Marker;
import org.eldercare.oversight.security.MatrixProbe.Outcome;

/**
 * Runs the calls and collects what is wrong. Every call that must be refused runs first (reads, then writes), on resources
 * still in the state in which the action would succeed; the allowed calls run after them.
 */
final class MatrixRun {

    /**
     * Where a response may show anybody's data: public pages (信用承诺公示), the audit log (it records every request, its
     * paths name institutions), login and error pages. {@code /error} alone may answer 500: called directly it has no
     * failed request to describe.
     */
    private static final List<String> LEAK_EXEMPT = List.of("/public", "/api/v1/public/", "/audit", "/api/v1/audit/", "/login",
            "/error");
    private static final int TOO_MANY_REQUESTS = 429;
    private final MatrixProbe probe;
    private final ScopeOracle scope;
    private final List<Marker> markers;
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Integer> successes = new TreeMap<>();
    private int calls;

    MatrixRun(MatrixProbe probe, ScopeOracle scope, List<Marker> markers) {
        this.probe = probe;
        this.scope = scope;
        this.markers = markers;
    }

    void run(List<MatrixCase> cases) throws Exception {
        List<MatrixCase> ordered = new ArrayList<>(cases);
        ordered.sort(Comparator.comparing(MatrixCase::allowed).thenComparing(c -> c.endpoint().write()));
        for (MatrixCase c : ordered) {
            Outcome o = probe.call(c.identity(), c.endpoint(), c.path(), c.input());
            calls++;
            if (o.status() >= 500 && !c.path().equals("/error")) {
                violations.add("SERVER ERROR " + line(c, o) + " — a refusal or a bad request must not be a 500");
            }
            if (o.status() == TOO_MANY_REQUESTS && !c.identity().anonymous()) {
                violations.add("THROTTLED " + line(c, o) + " — answered 429 before the application judged the call; spread the"
                        + " matrix's calls over more addresses (MatrixProbe.WRITES_PER_ADDRESS)");
            }
            if (!o.success()) {
                continue;
            }
            successes.merge(c.identity().label(), 1, Integer::sum);
            if (!c.allowed()) {
                violations.add("ACCESS " + line(c, o) + " — must be refused: " + c.reason());
            } else {
                checkLeaks(c, o);
            }
        }
    }

    private void checkLeaks(MatrixCase c, Outcome o) throws Exception {
        if (LEAK_EXEMPT.stream().anyMatch(c.path()::startsWith)) {
            return;
        }
        String text = MatrixProbe.text(o);
        if (text == null) {
            return;
        }
        for (Marker m : markers) {
            if (text.contains(m.text()) && !scope.mayView(c.identity(), m, c.path())) {
                violations.add("LEAK " + line(c, o) + " — shows \"" + m.text() + "\" (" + m.shown().name().toLowerCase() + " data"
                        + " of " + (m.owner().institutionId() != null ? "institution " + m.owner().institutionId() + ", " : "")
                        + "region " + m.owner().regionCode() + ")");
            }
        }
    }

    private static String line(MatrixCase c, Outcome o) {
        return String.format("%-44s %-6s %-58s %s", c.identity(), c.endpoint().method().name(), c.path(), o.describe());
    }

    List<String> violations() {
        return violations;
    }

    Map<String, Integer> successes() {
        return successes;
    }

    int calls() {
        return calls;
    }
}
