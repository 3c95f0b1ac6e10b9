package org.eldercare.oversight.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.ProblemWriter;
import org.eldercare.oversight.common.RequestPaths;
import org.eldercare.oversight.identity.AuthenticatedRequestFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every state-changing request (POST, PUT, PATCH, DELETE) with its outcome, whether it was
 * carried out, refused by security (401/403, CSRF), refused by the application (a page post that redirects with
 * an error) or failed. Runs around the security filter chain, so it sees requests that security rejects; the caller is
 * taken from the session before the chain runs, or from the authentication the chain established (HTTP Basic, bearer
 * token). Login attempts are recorded from the identity module's {@code LoginAttempted} events instead.
 * <p>
 * Requests refused before anyone was authenticated are not chained one by one but counted per client
 * ({@link UnauthenticatedRefusals}); a client over the limit gets 429 before security even looks at the request.
 * While audit rows cannot be written ({@link AuditWriteMonitor}) state-changing requests are refused with 503.
 */
class AuditRequestFilter extends OncePerRequestFilter {

    static final String CAPTURED = AuditRequestFilter.class.getName() + ".auth";
    private final AuditTrail trail;
    private final UnauthenticatedRefusals refusals;
    private final AuditWriteMonitor writes;
    private final Messages messages;

    AuditRequestFilter(AuditTrail trail, UnauthenticatedRefusals refusals, AuditWriteMonitor writes, Messages messages) {
        this.trail = trail;
        this.refusals = refusals;
        this.writes = writes;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String m = request.getMethod();
        return "GET".equals(m) || "HEAD".equals(m) || "OPTIONS".equals(m) || "TRACE".equals(m)
                || ("POST".equals(m) && "/login".equals(RequestPaths.of(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication before = RequestAudits.sessionAuthentication(request);
        if (!RequestAudits.isAuthenticated(before) && refusals.overLimit(request.getRemoteAddr())) {
            refusals.throttled(request.getRemoteAddr(), RequestAudits.requestLine(request));
            ProblemWriter.write(response, 429, messages.get("audit.throttled.title"), messages.get("audit.throttled"),
                    request.getRequestURI());
            return;
        }
        if (!writes.healthy()) {
            failClosed(request, response, before);
            return;
        }
        Throwable failure = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            Authentication auth = request.getAttribute(CAPTURED) instanceof Authentication a ? a : before;
            conclude(request, response, auth, failure != null ? 500 : response.getStatus());
        }
    }

    private void conclude(HttpServletRequest request, HttpServletResponse response, Authentication auth, int status) {
        if (!RequestAudits.isAuthenticated(auth) && RequestAudits.refusedBeforeAuthentication(status, response)) {
            refusals.refused(request.getRemoteAddr(), RequestAudits.requestLine(request));
            return;
        }
        try {
            trail.record(RequestAudits.entry(request, auth, status));
        } catch (RuntimeException e) {
            // Logged at ERROR and counted by AuditWriteMonitor. The request has been carried out already; the next
            // state-changing requests are refused until an audit row can be written again.
        }
    }

    /** Audit rows cannot be written: refuse, and try to record the refusal, which reopens the door if it succeeds. */
    private void failClosed(HttpServletRequest request, HttpServletResponse response, Authentication before) throws IOException {
        ProblemWriter.write(response, 503, messages.get("audit.unavailable.title"), messages.get("audit.unavailable"),
                request.getRequestURI());
        try {
            trail.record(RequestAudits.entry(request, before, 503));
        } catch (RuntimeException stillFailing) {
            // counted by AuditWriteMonitor
        }
    }

    /** Inside the security chain, after authentication: remembers who the chain authenticated. */
    static class Capture extends OncePerRequestFilter implements AuthenticatedRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.isAuthenticated()) {
                request.setAttribute(CAPTURED, auth);
            }
            chain.doFilter(request, response);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Just outside Spring Security's chain (order -100). */
        @Bean
        FilterRegistrationBean<AuditRequestFilter> auditRequestFilter(AuditTrail trail, UnauthenticatedRefusals refusals,
                                                                      AuditWriteMonitor writes, Messages messages) {
            FilterRegistrationBean<AuditRequestFilter> reg =
                    new FilterRegistrationBean<>(new AuditRequestFilter(trail, refusals, writes, messages));
            reg.setOrder(-101);
            return reg;
        }

        @Bean
        Capture auditCapture() {
            return new Capture();
        }

        @Bean
        FilterRegistrationBean<Capture> auditCaptureRegistration(Capture capture) {
            FilterRegistrationBean<Capture> reg = new FilterRegistrationBean<>(capture);
            reg.setEnabled(false); // runs inside the security chain only
            return reg;
        }
    }
}
