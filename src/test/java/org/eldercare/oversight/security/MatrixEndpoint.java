package org.eldercare.oversight.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * One HTTP method on one mapped path pattern, with what a request needs to reach the handler: a JSON body, a multipart
 * file, required query parameters (filled with a harmless value of their type).
 */
record MatrixEndpoint(HttpMethod method, String pattern, HandlerMethod handler, boolean jsonBody, List<String> fileParts,
                      Map<String, String> requiredParams) {

    /** {@code {name}}, {@code {name:regex}}, {@code {*name}} and the {@code **} wildcard. */
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}|\\*\\*");

    boolean write() {
        return !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method));
    }

    /** Machine endpoints are called with HTTP Basic; pages with a logged-in session. */
    boolean api() {
        return pattern.startsWith("/api/") || pattern.startsWith("/actuator") || pattern.startsWith("/v3/api-docs");
    }

    /** The pattern with regular expressions dropped ({@code /registry/imports/{id}}), as the fixture rules name it. */
    String plainPattern() {
        return VARIABLE.matcher(pattern).replaceAll(m -> m.group(1) == null ? "**" : "{" + m.group(1) + "}");
    }

    List<String> variables() {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1) == null ? "**" : m.group(1));
        }
        return names;
    }

    /** The concrete path with each variable replaced by its value. */
    String path(Map<String, String> values) {
        Map<String, String> left = new LinkedHashMap<>(values);
        return VARIABLE.matcher(pattern).replaceAll(m -> Matcher.quoteReplacement(left.get(m.group(1) == null ? "**" : m.group(1))));
    }

    String key() {
        return method.name() + " " + plainPattern();
    }

    @Override
    public String toString() {
        return key();
    }
}
