package org.eldercare.oversight.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eldercare.oversight.common.RequestPaths;
import org.eldercare.oversight.common.Sm3;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer eot_…} on the REST API ({@code /api/**}); a bad token is a 401 problem, never a
 * fallback. A partner system's token opens nothing else: on pages the header is ignored, so they answer as to a visitor
 * who has not logged in.
 * No part of a presented value is logged or audited: a refused one is recorded by a fingerprint of its SM3 hash.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final ApplicationEventPublisher events;

    BearerTokenFilter(ApiTokenService tokens, AuthenticationEntryPoint entryPoint, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || !RequestPaths.of(request).startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).trim();
        Optional<PlatformUser> principal = tokens.authenticate(token);
        if (principal.isEmpty()) {
            events.publishEvent(new LoginAttempted(fingerprint(token), "BEARER", false, "BAD_TOKEN", null, null, request.getRemoteAddr()));
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("bad token"));
            return;
        }
        PlatformUser p = principal.get();
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities()));
        SecurityContextHolder.setContext(ctx);
        chain.doFilter(request, response);
    }

    /** {@code token:sm3:<first 12 hex digits of its SM3 hash>}: tells repeated attempts with one value apart, reveals none of it. */
    static String fingerprint(String presented) {
        return "token:sm3:" + Sm3.hash(presented).substring(0, 12);
    }
}
