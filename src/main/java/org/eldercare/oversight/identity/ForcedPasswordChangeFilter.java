package org.eldercare.oversight.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/** Until an account with a temporary password has set its own, only the password page and logout are reachable. */
class ForcedPasswordChangeFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    private final AccessDeniedHandler apiDenied;

    ForcedPasswordChangeFilter(AccessDeniedHandler apiDenied) {
        this.apiDenied = apiDenied;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = org.eldercare.oversight.common.RequestPaths.of(request);
        if (auth != null && auth.getPrincipal() instanceof PlatformUser u && u.mustChangePassword()
                && !path.equals(PASSWORD_PAGE) && !path.equals("/logout") && !path.startsWith("/webjars/")
                && !path.startsWith("/css/") && !path.startsWith("/js/") && !path.equals("/error")) {
            if (path.startsWith("/api/")) {
                apiDenied.handle(request, response, new org.springframework.security.access.AccessDeniedException("password change required"));
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
