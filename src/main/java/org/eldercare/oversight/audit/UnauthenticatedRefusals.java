package org.eldercare.oversight.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Requests refused before anyone was authenticated (401/403 without a principal, CSRF failures of anonymous clients,
 * unknown paths, page posts sent to the login page) name no account, so they are not chained one row each: they are
 * counted per client IP and written as one aggregated row per client and window ({@link #flush}, every
 * {@code eldercare.audit.unauthenticated.window} and at shutdown). A client with {@code limit} such requests in the
 * current window is answered 429 until the window ends. At most {@code max-clients} addresses are told apart per
 * window; the rest are counted together under "*".
 */
@Component
class UnauthenticatedRefusals {

    static final String ACTION = "REFUSED UNAUTHENTICATED";
    static final String OVERFLOW = "*";
    private static final int SAMPLES = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ClockConfiguration.ZONE);
    private final AuditTrail trail;
    private final Messages messages;
    private final Clock clock;
    private final int limit;
    private final int maxClients;
    private Map<String, Tally> window = new HashMap<>();

    UnauthenticatedRefusals(AuditTrail trail, Messages messages, Clock clock,
                            @Value("${eldercare.audit.unauthenticated.limit:120}") int limit,
                            @Value("${eldercare.audit.unauthenticated.max-clients:10000}") int maxClients) {
        this.trail = trail;
        this.messages = messages;
        this.clock = clock;
        this.limit = limit;
        this.maxClients = maxClients;
    }

    /** One more refused request from {@code ip}; {@code request} is its method and path. */
    synchronized void refused(String ip, String request) {
        tally(ip).add(request, false, Instant.now(clock));
    }

    /** One more request from {@code ip} answered 429 without being looked at. */
    synchronized void throttled(String ip, String request) {
        tally(ip).add(request, true, Instant.now(clock));
    }

    synchronized boolean overLimit(String ip) {
        Tally t = window.get(ip);
        return t != null && t.total() >= limit;
    }

    /** Ends the window: one chained row per client; a row that cannot be written is counted again in the next window. */
    int flush() {
        Map<String, Tally> ended;
        synchronized (this) {
            ended = window;
            window = new HashMap<>();
        }
        int written = 0;
        for (Map.Entry<String, Tally> e : ended.entrySet()) {
            try {
                trail.record(entry(e.getKey(), e.getValue()));
                written++;
            } catch (RuntimeException failed) { // logged and counted by AuditWriteMonitor
                keep(e.getKey(), e.getValue());
            }
        }
        return written;
    }

    private synchronized void keep(String ip, Tally t) {
        window.computeIfAbsent(ip, k -> new Tally()).merge(t);
    }

    private Tally tally(String ip) {
        String key = ip == null ? "unknown" : ip;
        if (!window.containsKey(key) && window.size() >= maxClients) {
            key = OVERFLOW;
        }
        return window.computeIfAbsent(key, k -> new Tally());
    }

    private AuditEntry entry(String ip, Tally t) {
        String detail = messages.get("audit.refused.aggregate", String.valueOf(t.total()), String.valueOf(t.throttled),
                TIME.format(t.first), TIME.format(t.last), String.join("、", t.samples));
        return new AuditEntry(null, null, null, ACTION, null, null, AuditOutcome.DENIED, detail, ip);
    }

    /** What one client did in one window. */
    private static final class Tally {
        private Instant first;
        private Instant last;
        private long refused;
        private long throttled;
        private final Set<String> samples = new LinkedHashSet<>();

        void add(String request, boolean wasThrottled, Instant at) {
            first = first == null ? at : first;
            last = at;
            if (wasThrottled) {
                throttled++;
            } else {
                refused++;
            }
            if (samples.size() < SAMPLES && request != null) {
                samples.add(request.length() > 100 ? request.substring(0, 100) : request);
            }
        }

        void merge(Tally older) {
            first = first == null || older.first.isBefore(first) ? older.first : first;
            last = last == null || older.last.isAfter(last) ? older.last : last;
            refused += older.refused;
            throttled += older.throttled;
            older.samples.stream().limit(Math.max(0, SAMPLES - samples.size())).forEach(samples::add);
        }

        long total() {
            return refused + throttled;
        }
    }
}
