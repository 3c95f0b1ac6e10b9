package org.eldercare.oversight.complaint.intake;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The anti-abuse measure of the public complaint endpoints (ADR 0022): a Resilience4j rate limiter per client address and
 * purpose (submitting, tracking); past it the client is answered 429 with a Chinese problem. Logged-in accounts are not
 * limited (they are known and audited). At most {@value #MAX_ADDRESSES} addresses are told apart; the least recently seen
 * one is forgotten first.
 */
@Component
class PublicRateLimits {

    static final int MAX_ADDRESSES = 10_000;

    enum Purpose { SUBMIT, TRACK }

    private final Map<Purpose, RateLimiterConfig> configs;
    private final Map<String, RateLimiter> limiters = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    PublicRateLimits(@Value("${eldercare.complaint.public.submits-per-period:5}") int submits,
                     @Value("${eldercare.complaint.public.tracks-per-period:10}") int tracks,
                     @Value("${eldercare.complaint.public.period:10m}") Duration period) {
        this.configs = Map.of(Purpose.SUBMIT, config(submits, period), Purpose.TRACK, config(tracks, period));
    }

    private static RateLimiterConfig config(int limit, Duration period) {
        return RateLimiterConfig.custom().limitForPeriod(limit).limitRefreshPeriod(period).timeoutDuration(Duration.ZERO).build();
    }

    /** Takes one permit for {@code address}; refused with 429 once the address has used up the period's permits. */
    void acquire(Purpose purpose, String address) {
        if (loggedIn()) {
            return;
        }
        RateLimiter limiter;
        synchronized (limiters) {
            limiter = limiters.computeIfAbsent(purpose + "|" + address, k -> RateLimiter.of(k, configs.get(purpose)));
        }
        if (!limiter.acquirePermission()) {
            throw new PlatformException(HttpStatus.TOO_MANY_REQUESTS, "complaint.public.throttled");
        }
    }

    private static boolean loggedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
