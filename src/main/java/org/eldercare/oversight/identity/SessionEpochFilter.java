package org.eldercare.oversight.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import org.eldercare.oversight.common.RequestPaths;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request once its account was disabled, or its password, roles, region, department or
 * institution changed (the account's session epoch moved past the one its principal logged in with). The request then
 * goes on unauthenticated: a page is sent to the login page, an API call gets 401. Requests that authenticate
 * themselves (HTTP Basic, bearer token) are not affected: they are checked against the account on every request.
 * The check reads the database, so it holds across several application instances.
 */
class SessionEpochFilter extends OncePerRequestFilter implements AuthenticatedRequestFilter {

    private final JdbcClient jdbc;

    SessionEpochFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Static assets are public: checking the account on each of them would query the database several times a page. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return Arrays.stream(SecurityConfiguration.STATIC_ASSETS).anyMatch(p -> p.endsWith("/**")
                ? path.startsWith(p.substring(0, p.length() - 2)) : path.equals(p));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.getPrincipal() instanceof PlatformUser user && user.id() != null
                && !user.isApiToken() && fromSession(session, auth) && !current(user)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private static boolean fromSession(HttpSession session, Authentication auth) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext c
                    && c.getAuthentication() != null && c.getAuthentication().getName().equals(auth.getName());
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    /** The account is still enabled and nothing that ends its sessions has happened since this one began. */
    private boolean current(PlatformUser user) {
        return jdbc.sql("select count(*) from user_account where id = ? and enabled and session_epoch = ?")
                .params(user.id(), user.sessionEpoch()).query(Long.class).single() == 1;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        SessionEpochFilter sessionEpochFilter(JdbcClient jdbc) {
            return new SessionEpochFilter(jdbc);
        }

        /** Runs inside the security chain only (as an {@link AuthenticatedRequestFilter}), not a second time outside. */
        @Bean
        FilterRegistrationBean<SessionEpochFilter> sessionEpochFilterRegistration(SessionEpochFilter filter) {
            FilterRegistrationBean<SessionEpochFilter> reg = new FilterRegistrationBean<>(filter);
            reg.setEnabled(false);
            return reg;
        }
    }
}
