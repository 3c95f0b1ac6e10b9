package org.eldercare.oversight.common;

import jakarta.servlet.http.HttpServletRequest;

/** The request path within the application (without context path), independent of servlet mapping. */
public final class RequestPaths {

    private RequestPaths() {
    }

    public static String of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String ctx = request.getContextPath();
        return ctx != null && !ctx.isEmpty() && uri.startsWith(ctx) ? uri.substring(ctx.length()) : uri;
    }
}
