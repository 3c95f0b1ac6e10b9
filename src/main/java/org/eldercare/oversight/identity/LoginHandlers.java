package org.eldercare.oversight.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After a form login: apply the policy's idle timeout; after a failure: show the Chinese reason on the login page. */
@Component
class LoginHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    static final String ERROR_ATTRIBUTE = "LOGIN_ERROR";
    private final SecurityPolicyStore policies;

    LoginHandlers(SecurityPolicyStore policies) {
        this.policies = policies;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        request.getSession().setMaxInactiveInterval(policies.current().idleTimeoutMinutes() * 60);
        if (authentication.getPrincipal() instanceof PlatformUser u && u.mustChangePassword()) {
            getRedirectStrategy().sendRedirect(request, response, ForcedPasswordChangeFilter.PASSWORD_PAGE);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        request.getSession().setAttribute(ERROR_ATTRIBUTE, exception.getMessage());
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
