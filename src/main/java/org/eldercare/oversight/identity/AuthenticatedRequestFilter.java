package org.eldercare.oversight.identity;

import jakarta.servlet.Filter;

/**
 * A filter another module contributes to the security chain: it runs after authentication (session,
 * HTTP Basic or bearer token) and before authorisation, so it sees who is calling even when access is then denied.
 * Register the bean with a disabled {@code FilterRegistrationBean} so the servlet container does not run it twice.
 */
public interface AuthenticatedRequestFilter extends Filter {
}
