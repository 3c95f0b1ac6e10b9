package org.eldercare.oversight.bench;

import java.util.Optional;

/** One row of the report. Nulls are "no figure" (a path not built yet, or a figure that does not apply). */
record Result(HotPath path, Long rows, Double rps, Double p50Ms, Double p95Ms, Double baselineP95Ms, Double ratio, Boolean met,
              String note) {

    static Result notBuilt(HotPath path) {
        return new Result(path, null, null, null, null, null, null, null, "not built yet");
    }

    static Result failed(HotPath path, long rows, String why) {
        return new Result(path, rows, null, null, null, null, null, false, why);
    }

    /** A read measured by Gatling, against its baseline p95. */
    static Result of(HotPath path, long rows, Optional<GatlingStats.Request> http, double baselineP95, double seconds) {
        if (http.isEmpty()) {
            return new Result(path, rows, null, null, null, baselineP95, null, false, "no Gatling figures (see gatling.log)");
        }
        GatlingStats.Request h = http.get();
        double ratio = h.p95() / Math.max(baselineP95, 0.001);
        Result r = new Result(path, rows, h.ok() / seconds, h.p50(), h.p95(), baselineP95, ratio, null, null);
        if (h.ko() > 0) {
            return r.withMet(false, h.ko() + " of " + (h.ok() + h.ko()) + " requests failed");
        }
        return r.judged(null);
    }

    /** Met when every limit the path sets holds. */
    Result judged(String note) {
        boolean ok = (path.maxP95Ms() == null || (p95Ms != null && p95Ms <= path.maxP95Ms()))
                && (path.maxRatio() == null || (ratio != null && ratio <= path.maxRatio()));
        return withMet(ok, note);
    }

    Result withMet(boolean ok, String why) {
        return new Result(path, rows, rps, p50Ms, p95Ms, baselineP95Ms, ratio, ok, why);
    }
}
