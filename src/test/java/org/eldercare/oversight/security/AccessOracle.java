package org.eldercare.oversight.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eldercare.oversight.identity.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.AntPathMatcher;

/**
 * Who may call an endpoint, as the specification says (issue #8), independent of how the code enforces it:
 * the security chain's public paths, the administrators' areas (三员分立) and their operations endpoints, the endpoint's
 * {@code @PreAuthorize} (method before class), {@link ServiceRules} where a service is narrower; administrators never reach business
 * endpoints and business roles never reach an administrator's area. An endpoint that declares nothing must be listed in
 * {@link #OPEN_TO_EVERY_ACCOUNT} with a reason.
 */
final class AccessOracle {

    /** Who may call: everybody, or the logged-in holders of one of {@code roles}. */
    record Access(boolean everybody, Set<Role> roles) {
    }

    static final List<String> PUBLIC = List.of("/login", "/error", "/public/**", "/api/v1/public/**", "/actuator/health",
            "/actuator/health/**");
    private static final Map<String, Role> ADMIN_AREAS = Map.ofEntries(
            Map.entry("/admin/users/**", Role.SYSADMIN), Map.entry("/api/v1/admin/users/**", Role.SYSADMIN),
            Map.entry("/admin/tokens/**", Role.SYSADMIN), Map.entry("/api/v1/admin/api-tokens/**", Role.SYSADMIN),
            Map.entry("/admin/regions/**", Role.SYSADMIN),
            Map.entry("/admin/security-policy/**", Role.SECADMIN), Map.entry("/api/v1/admin/security-policy/**", Role.SECADMIN),
            // administrators' accounts: the security administrator resets, unlocks, disables and enables them
            Map.entry("/admin/administrators/**", Role.SECADMIN), Map.entry("/api/v1/admin/administrators/**", Role.SECADMIN),
            Map.entry("/audit/**", Role.AUDITADMIN), Map.entry("/api/v1/audit/**", Role.AUDITADMIN),
            // issue #8 item 5: metrics, the other actuator endpoints and the API description
            Map.entry("/actuator/**", Role.SYSADMIN), Map.entry("/v3/api-docs/**", Role.SYSADMIN),
            Map.entry("/v3/api-docs.yaml", Role.SYSADMIN), Map.entry("/swagger-ui.html", Role.SYSADMIN),
            Map.entry("/swagger-ui/**", Role.SYSADMIN));
    /** Paths no business role may reach, whatever an annotation says. */
    private static final List<String> ADMINISTRATION = List.of("/admin/**", "/api/v1/admin/**", "/audit/**", "/api/v1/audit/**",
            "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html");
    /** The modules that hold no business data; every other module (registry, inspection, …) is business. */
    private static final Set<String> PLATFORM_MODULES = Set.of("common", "identity", "region", "audit", "calendar", "codes",
            "workbench", "todo");
    /** Deliberate exceptions: endpoints every logged-in account (administrators included) may call. */
    static final Map<String, String> OPEN_TO_EVERY_ACCOUNT = Map.of(
            "GET /", "工作台: each account's home page with its own to-dos",
            "GET /account/password", "修改密码: each account changes its own password",
            "POST /account/password", "修改密码: each account changes its own password",
            "GET /api/v1/me", "the caller's own profile",
            "GET /calendar", "工作日历: reference data; the system administrator uploads a year's notice there",
            "GET /api/v1/calendar/deadline", "工作日历: reference data",
            "GET /api/v1/calendar/working-days", "工作日历: reference data",
            "GET /api/v1/codes/uscc/{code}", "code check, no stored data",
            "GET /api/v1/regions/{code}", "行政区划 within the caller's own scope (scope-checked)",
            "GET /regions/picker", "区划选择 (the next level of a region field) within the caller's own scope (scope-checked)");
    private static final Pattern ROLE_EXPRESSION = Pattern.compile("has(?:Any)?Role\\(([^)]*)\\)");
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private AccessOracle() {
    }

    /** Who may call {@code e}; what is wrong with its declaration goes to {@code problems}. */
    static Access of(MatrixEndpoint e, List<String> problems) {
        String path = e.plainPattern();
        if (matchesAny(PUBLIC, path)) {
            return new Access(true, Set.of());
        }
        Set<Role> roles = EnumSet.allOf(Role.class);
        boolean declared = false;
        for (Map.Entry<String, Role> area : ADMIN_AREAS.entrySet()) {
            if (PATHS.match(area.getKey(), path)) {
                roles.retainAll(Set.of(area.getValue()));
                declared = true;
            }
        }
        String expression = preAuthorize(e);
        if (expression != null) {
            roles.retainAll(parse(e, expression, problems));
            declared = true;
        }
        if (!declared && !OPEN_TO_EVERY_ACCOUNT.containsKey(e.key())) {
            problems.add("DECLARATION " + e + ": no @PreAuthorize and no path rule; declare who may call it"
                    + " (or list it in AccessOracle.OPEN_TO_EVERY_ACCOUNT with the reason)");
        }
        return new Access(false, separateDuties(e, ServiceRules.narrow(e, roles), problems));
    }

    /** 三员分立: administrators keep out of business endpoints, business roles out of the administrators' areas. */
    private static Set<Role> separateDuties(MatrixEndpoint e, Set<Role> roles, List<String> problems) {
        EnumSet<Role> kept = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (matchesAny(ADMINISTRATION, e.plainPattern())) {
            if (kept.removeIf(r -> !r.isAdmin()) && preAuthorize(e) != null) {
                problems.add("DECLARATION " + e + ": an administrators' endpoint grants a business role");
            }
        } else if (business(e)) {
            if (kept.removeIf(Role::isAdmin) && preAuthorize(e) != null) {
                problems.add("DECLARATION " + e + ": a business endpoint grants an administrator role");
            }
        }
        return kept;
    }

    static boolean business(MatrixEndpoint e) {
        String type = e.handler().getBeanType().getName();
        String prefix = "org.eldercare.oversight.";
        if (!type.startsWith(prefix)) {
            return false;
        }
        String module = type.substring(prefix.length()).split("\\.")[0];
        return !PLATFORM_MODULES.contains(module);
    }

    static boolean mayCall(MatrixIdentity identity, Access access) {
        return access.everybody() || (!identity.anonymous() && identity.roles().stream().anyMatch(access.roles()::contains));
    }

    static boolean administration(String path) {
        return matchesAny(ADMINISTRATION, path);
    }

    private static String preAuthorize(MatrixEndpoint e) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(e.handler().getMethod(), PreAuthorize.class);
        PreAuthorize onType = AnnotatedElementUtils.findMergedAnnotation(e.handler().getBeanType(), PreAuthorize.class);
        PreAuthorize effective = onMethod != null ? onMethod : onType;
        return effective == null ? null : effective.value();
    }

    private static Set<Role> parse(MatrixEndpoint e, String expression, List<String> problems) {
        Matcher m = ROLE_EXPRESSION.matcher(expression.strip());
        if (!m.matches()) {
            problems.add("DECLARATION " + e + ": the matrix cannot read @PreAuthorize(\"" + expression
                    + "\"); teach AccessOracle.parse");
            return EnumSet.noneOf(Role.class);
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : m.group(1).split(",")) {
            roles.add(Role.valueOf(name.strip().replace("'", "").replace(Role.AUTHORITY_PREFIX, "")));
        }
        return roles;
    }

    private static boolean matchesAny(List<String> patterns, String path) {
        return patterns.stream().anyMatch(p -> PATHS.match(p, path));
    }
}
