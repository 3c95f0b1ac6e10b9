package org.eldercare.oversight.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.RequestPaths;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.region.ScopedPrincipal;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/** How {@link AuditRequestFilter} reads a request: who sent it, what it addressed, and how it ended. */
final class RequestAudits {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private RequestAudits() {
    }

    /** The audit row of a request: a page post that was refused (see {@link PagePosts}) is a failure, whatever its status. */
    static AuditEntry entry(HttpServletRequest request, Authentication auth, int status) {
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
        AuditOutcome outcome = AuditOutcome.ofHttpStatus(status);
        String detail = "HTTP " + status;
        Refusal refusal = status < 400 ? pageRefusal(request) : null;
        if (refusal != null) {
            outcome = AuditOutcome.ofHttpStatus(refusal.status());
            detail += refusal.code() == null ? " REFUSED" : " REFUSED " + refusal.code();
        }
        return new AuditEntry(username, roles, region, request.getMethod() + " " + pattern, targetType(pattern),
                targetId, outcome, detail, request.getRemoteAddr());
    }

    /** A page action's refusal: its message key and status, or, without them, a flash {@code error} on the redirect. */
    record Refusal(int status, String code) {
    }

    static Refusal pageRefusal(HttpServletRequest request) {
        if (request.getAttribute(PagePosts.REFUSED) instanceof PlatformException e) {
            return new Refusal(e.status().value(), e.code());
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        return flash != null && flash.containsKey(PagePosts.ERROR) ? new Refusal(400, null) : null;
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

    /** Method and path, as the aggregated row of unauthenticated refusals shows examples. */
    static String requestLine(HttpServletRequest request) {
        return request.getMethod() + " " + RequestPaths.of(request);
    }

    static boolean isAuthenticated(Authentication auth) {
        return auth != null && auth.isAuthenticated() && !TRUST.isAnonymous(auth);
    }

    /**
     * Refused before anyone was authenticated, for a request without a principal: any 4xx (401, 403 including CSRF, 404,
     * 405) or the redirect of a page request to the login page.
     */
    static boolean refusedBeforeAuthentication(int status, HttpServletResponse response) {
        return (status >= 400 && status < 500) || (status >= 300 && status < 400 && redirectsToLogin(response));
    }

    private static boolean redirectsToLogin(HttpServletResponse response) {
        String location = response.getHeader("Location");
        if (location == null) {
            return false;
        }
        try {
            URI uri = URI.create(location);
            return uri.getPath() != null && uri.getPath().endsWith("/login") && uri.getQuery() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Authentication sessionAuthentication(HttpServletRequest request) {
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
}
