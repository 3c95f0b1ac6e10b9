package org.eldercare.oversight.disclosure.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eldercare.oversight.common.ClientRateLimits;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.ProblemWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public portal's rate limit per client address ({@code /public/**}, {@code /api/v1/public/**},
 * {@link ClientRateLimits}): past it a 429 with a Chinese problem detail and {@code Retry-After}. The address is
 * {@code request.getRemoteAddr()}, as the audit trail's client IP (identity's {@code ClientIp}): the socket's peer, or the
 * client a trusted reverse proxy names.
 */
class PublicRateLimit extends OncePerRequestFilter {

    private final Messages messages;
    private final ClientRateLimits limits;

    PublicRateLimit(Messages messages, ClientRateLimits limits) {
        this.messages = messages;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limits.tryAcquire(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", String.valueOf(limits.retryAfterSeconds()));
        ProblemWriter.write(response, 429, messages.get("disclosure.throttled.title"), messages.get("disclosure.throttled"),
                request.getRequestURI());
    }
}
