package org.eldercare.oversight.disclosure.portal;

import java.time.Duration;
import org.eldercare.oversight.common.ClientRateLimits;
import org.eldercare.oversight.common.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The portal's filters: the rate limit on every public page and JSON answer (before the audit filter and the security
 * chain, so a flood costs no more than a cache lookup), and ETags on the public JSON (a repeated request with
 * {@code If-None-Match} gets 304 without a body).
 */
@Configuration(proxyBeanMethods = false)
class PortalFilters {

    @Bean
    FilterRegistrationBean<PublicRateLimit> publicRateLimit(Messages messages,
            @Value("${eldercare.disclosure.rate-limit.capacity:600}") int capacity,
            @Value("${eldercare.disclosure.rate-limit.refill-per-second:20}") int refill,
            @Value("${eldercare.disclosure.rate-limit.max-clients:100000}") int maxClients) {
        // capacity calls per capacity/refill seconds: on average refill a second, with bursts up to capacity
        Duration period = Duration.ofSeconds(Math.max(1, capacity / Math.max(1, refill)));
        FilterRegistrationBean<PublicRateLimit> r = new FilterRegistrationBean<>(new PublicRateLimit(messages,
                new ClientRateLimits("public", capacity, period, maxClients)));
        r.addUrlPatterns("/public/*", "/api/v1/public/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        r.setName("publicRateLimit");
        return r;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> r = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        r.addUrlPatterns("/api/v1/public/*");
        r.setName("publicEtags");
        return r;
    }
}
