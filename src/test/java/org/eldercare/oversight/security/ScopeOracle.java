package org.eldercare.oversight.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.security.MatrixFixtures.Marker;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data scope as the specification says it: a caller reaches a resource of its own region and below (materialised region
 * paths); an institution without a supervisory role reaches only its own institution's resources.
 */
final class ScopeOracle {

    private static final List<String> TOKEN_APPROVALS = List.of("/token-approvals", "/api/v1/token-approvals");
    private final JdbcClient jdbc;
    private final Map<String, String> paths = new HashMap<>();

    ScopeOracle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean covers(MatrixIdentity identity, MatrixResource resource) {
        if (!resource.scoped()) {
            return true;
        }
        if (identity.anonymous()) {
            return false;
        }
        if (identity.institutionOnly()) {
            return resource.institutionId() != null ? resource.institutionId().equals(identity.institutionId())
                    : contains(identity.regionCode(), resource.regionCode());
        }
        return contains(identity.regionCode(), resource.regionCode());
    }

    /**
     * Whether a text of {@code marker} may show in a response to {@code identity} at {@code path}: business data for a
     * business role in scope (an institution: only its own institution's); business accounts for a system administrator
     * in scope; administrators' accounts also for the security administrator (管理员账户); tokens and token requests for a
     * system administrator in scope and, on the approval page and API (令牌审批), for a supervisor whose region contains
     * the token's. Deliberate exception: on the administration pages and API the system administrator sees the name and
     * code of the institutions in its scope that accounts and tokens are linked to (identity.InstitutionDirectory).
     */
    boolean mayView(MatrixIdentity identity, Marker marker, String path) {
        Set<Role> roles = identity.roles();
        boolean sysadmin = roles.contains(Role.SYSADMIN);
        boolean inScope = covers(identity, marker.owner());
        return switch (marker.shown()) {
            case ACCOUNT -> sysadmin && inScope;
            case ADMINISTRATOR -> (sysadmin || roles.contains(Role.SECADMIN)) && inScope;
            case TOKEN -> (sysadmin || (roles.contains(Role.SUPERVISOR) && TOKEN_APPROVALS.stream().anyMatch(path::startsWith)))
                    && inScope;
            case INSTITUTION -> sysadmin && AccessOracle.administration(path) ? inScope : businessMayView(identity, marker);
            case BUSINESS -> businessMayView(identity, marker);
        };
    }

    private boolean businessMayView(MatrixIdentity identity, Marker marker) {
        if (!identity.business()) {
            return false;
        }
        if (identity.institutionOnly()) {
            return identity.institutionId() != null && identity.institutionId().equals(marker.owner().institutionId());
        }
        return covers(identity, marker.owner());
    }

    private boolean contains(String outer, String inner) {
        return path(inner).startsWith(path(outer));
    }

    private String path(String code) {
        return paths.computeIfAbsent(code, c -> jdbc.sql("select path from region where code = ?").param(c).query(String.class).single());
    }
}
