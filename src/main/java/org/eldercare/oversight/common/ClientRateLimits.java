package org.eldercare.oversight.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;

/**
 * A rate limit per client (an address, a tracking code): a Resilience4j {@link RateLimiter} per client that lets
 * {@code limit} calls through in each {@code period} and refuses the rest at once, kept in a bounded Caffeine cache (at most
 * {@code maxClients}, idle ones dropped after two periods), so a flood of new clients cannot exhaust memory.
 */
public final class ClientRateLimits {

    private final String name;
    private final RateLimiterConfig config;
    private final Cache<String, RateLimiter> limiters;

    public ClientRateLimits(String name, int limit, Duration period, long maxClients) {
        this.name = name;
        this.config = RateLimiterConfig.custom().limitForPeriod(limit).limitRefreshPeriod(period).timeoutDuration(Duration.ZERO)
                .build();
        this.limiters = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(period.multipliedBy(2)).build();
    }

    /** Takes one call of {@code client}'s allowance; false when it is used up for this period. */
    public boolean tryAcquire(String client) {
        String key = client == null ? "unknown" : client;
        return limiters.get(key, k -> RateLimiter.of(name + ":" + k, config)).acquirePermission();
    }

    /** Whole seconds until a refused client may try again (at most one period). */
    public long retryAfterSeconds() {
        return Math.max(1, config.getLimitRefreshPeriod().toSeconds());
    }
}
