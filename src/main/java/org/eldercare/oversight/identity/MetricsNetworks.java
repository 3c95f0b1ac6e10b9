package org.eldercare.oversight.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eldercare.oversight.common.RequestPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The internal networks whose Prometheus may read {@code GET /actuator/prometheus} without logging in
 * ({@code eldercare.security.metrics-from}: CIDR list, comma-separated, e.g. {@code 10.20.0.0/16,127.0.0.1/32}).
 * Empty (the default): no network is trusted, and only the system administrator reads metrics. Nothing else is opened:
 * {@code /actuator/metrics} and the API description stay with the system administrator.
 */
@Component
class MetricsNetworks implements RequestMatcher {

    static final String SCRAPE_PATH = "/actuator/prometheus";
    private final List<IpAddressMatcher> networks;

    MetricsNetworks(@Value("${eldercare.security.metrics-from:}") List<String> cidrs) {
        this.networks = cidrs.stream().map(String::strip).filter(c -> !c.isEmpty()).map(MetricsNetworks::network).toList();
    }

    private static IpAddressMatcher network(String cidr) {
        try {
            return new IpAddressMatcher(cidr);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("eldercare.security.metrics-from: '" + cidr + "' is not an IP address or CIDR range", e);
        }
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return !networks.isEmpty() && "GET".equals(request.getMethod()) && SCRAPE_PATH.equals(RequestPaths.of(request))
                && networks.stream().anyMatch(n -> n.matches(request));
    }
}
