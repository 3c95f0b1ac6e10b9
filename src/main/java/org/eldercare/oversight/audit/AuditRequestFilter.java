package org.eldercare.oversight.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.RequestPaths;
import org.eldercare.oversight.identity.AuthenticatedRequestFilter;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.region.ScopedPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every state-changing request (POST, PUT, PATCH, DELETE) with its outcome, whether it was
 * carried out, refused by security (401/403, CSRF) or failed. Runs around the security filter chain, so it
 * sees requests that security rejects; the caller is taken from the session before the chain runs, or from
 * the authentication the chain established (HTTP Basic, bearer token). Login attempts are recorded from
 * the identity module's {@code LoginAttempted} events instead.
 */
class AuditRequestFilter extends OncePerRequestFilter {

    static final String CAPTURED = AuditRequestFilter.class.getName() + ".auth";
    private static final Logger log = LoggerFactory.getLogger(AuditRequestFilter.class);
    private final AuditTrail trail;

    AuditRequestFilter(AuditTrail trail) {
        this.trail = trail;
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
        Authentication before = sessionAuthentication(request);
        Throwable failure = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            Authentication auth = request.getAttribute(CAPTURED) instanceof Authentication a ? a : before;
            int status = failure != null ? 500 : response.getStatus();
            try {
                trail.record(entry(request, auth, status));
            } catch (RuntimeException e) {
                log.error("Could not write the audit row for {} {}", request.getMethod(), request.getRequestURI(), e);
            }
        }
    }

    private static Authentication sessionAuthentication(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext c
                    ? c.getAuthentication() : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static AuditEntry entry(HttpServletRequest request, Authentication auth, int status) {
        String username = auth == null ? null : auth.getName();
        String roles = auth == null ? null : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(Role::nameOf).collect(Collectors.joining(","));
        String region = auth != null && auth.getPrincipal() instanceof ScopedPrincipal p ? p.regionCode() : null;
        String pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String s
                ? s : RequestPaths.of(request);
        String targetId = null;
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars && !vars.isEmpty()) {
            targetId = vars.values().stream().map(String::valueOf).collect(Collectors.joining("/"));
        }
        return new AuditEntry(username, roles, region, request.getMethod() + " " + pattern, targetType(pattern),
                targetId, AuditOutcome.ofHttpStatus(status), "HTTP " + status, request.getRemoteAddr());
    }

    /** The resource named by the path: /api/v1/admin/users/{id} → users; /admin/tokens → tokens. */
    static String targetType(String pattern) {
        String[] parts = pattern.replaceFirst("^/api/v1", "").replaceFirst("^/admin", "").split("/");
        for (String p : parts) {
            if (!p.isBlank() && !p.startsWith("{")) {
                return p;
            }
        }
        return null;
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
        FilterRegistrationBean<AuditRequestFilter> auditRequestFilter(AuditTrail trail) {
            FilterRegistrationBean<AuditRequestFilter> reg = new FilterRegistrationBean<>(new AuditRequestFilter(trail));
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
