package org.eldercare.oversight.disclosure.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.ProblemWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client address for the public portal ({@code /public/**}, {@code /api/v1/public/**}): {@code capacity}
 * requests at once, refilled at {@code refill-per-second}; past it a 429 with a Chinese problem detail and
 * {@code Retry-After}. The address is {@code request.getRemoteAddr()}, as the audit trail's client IP (identity's
 * {@code ClientIp}): the socket's peer, or the client a trusted reverse proxy names. At most {@code max-clients} buckets are
 * kept (least recently used dropped first), so a flood of addresses cannot exhaust memory.
 */
class PublicRateLimit extends OncePerRequestFilter {

    private final Messages messages;
    private final int capacity;
    private final double refillPerNano;
    private final Map<String, Bucket> buckets;

    PublicRateLimit(Messages messages, int capacity, double refillPerSecond, int maxClients) {
        this.messages = messages;
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1e9;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** A client's tokens and when they were last counted. */
    private static final class Bucket {
        double tokens;
        long at;
    }

    /** Takes a token for {@code client}; false when none is left. */
    synchronized boolean take(String client, long now) {
        Bucket b = buckets.computeIfAbsent(client == null ? "unknown" : client, k -> {
            Bucket n = new Bucket();
            n.tokens = capacity;
            n.at = now;
            return n;
        });
        b.tokens = Math.min(capacity, b.tokens + (now - b.at) * refillPerNano);
        b.at = now;
        if (b.tokens < 1) {
            return false;
        }
        b.tokens -= 1;
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (take(request.getRemoteAddr(), System.nanoTime())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", String.valueOf(Math.max(1, (long) Math.ceil(1 / (refillPerNano * 1e9)))));
        ProblemWriter.write(response, 429, messages.get("disclosure.throttled.title"), messages.get("disclosure.throttled"),
                request.getRequestURI());
    }
}
