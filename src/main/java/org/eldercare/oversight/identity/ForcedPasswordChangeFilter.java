package org.eldercare.oversight.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eldercare.oversight.common.RequestPaths;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/** Until an account with a temporary password has set its own, only the password page and logout are reachable. */
class ForcedPasswordChangeFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    /** The message of the denial an API call gets meanwhile; the API's access-denied handler recognises it. */
    static final String PASSWORD_CHANGE_REQUIRED = "password change required";
    private final AccessDeniedHandler apiDenied;

    ForcedPasswordChangeFilter(AccessDeniedHandler apiDenied) {
        this.apiDenied = apiDenied;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = RequestPaths.of(request);
        if (auth != null && auth.getPrincipal() instanceof PlatformUser u && u.mustChangePassword()
                && !path.equals(PASSWORD_PAGE) && !path.equals("/logout") && !path.startsWith("/webjars/")
                && !path.startsWith("/css/") && !path.startsWith("/js/") && !path.equals("/error")) {
            if (path.startsWith("/api/")) {
                apiDenied.handle(request, response, new AccessDeniedException(PASSWORD_CHANGE_REQUIRED));
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
