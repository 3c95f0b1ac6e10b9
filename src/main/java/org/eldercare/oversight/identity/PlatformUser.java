package org.eldercare.oversight.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.region.ScopedPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The logged-in principal, kept in the session: a user account, or a partner system holding an API token
 * ({@code tokenId} set). Carries no password. {@code sessionEpoch} is the account's session epoch when it logged in:
 * a session whose epoch is older than the account's has been ended (account disabled, password or rights changed).
 */
public record PlatformUser(Long id, String username, String displayName, Set<Role> roles, String regionCode,
                           String departmentCode, Long institutionId, boolean mustChangePassword, Long tokenId,
                           int sessionEpoch)
        implements ScopedPrincipal, Serializable {

    public static final String PARTNER_SYSTEM_AUTHORITY = Role.AUTHORITY_PREFIX + "PARTNER_SYSTEM";

    /** A principal that is not kept in a session (system work, API tokens). */
    public PlatformUser(Long id, String username, String displayName, Set<Role> roles, String regionCode,
                        String departmentCode, Long institutionId, boolean mustChangePassword, Long tokenId) {
        this(id, username, displayName, roles, regionCode, departmentCode, institutionId, mustChangePassword, tokenId, 0);
    }

    /** The principal of the current request; refused (403/401) when nobody is logged in. */
    public static PlatformUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PlatformUser u) {
            return u;
        }
        throw new AccessDeniedException("not logged in");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** An institution account without any supervisory role: it sees and works on its own institution only. */
    public boolean institutionOnly() {
        return has(Role.INSTITUTION) && !has(Role.SUPERVISOR) && !has(Role.TOWNSHIP) && !has(Role.INSPECTOR)
                && !has(Role.DEPARTMENT);
    }

    public boolean isApiToken() {
        return tokenId != null;
    }

    public Collection<? extends GrantedAuthority> authorities() {
        List<SimpleGrantedAuthority> list = new ArrayList<>(roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        if (isApiToken()) {
            list.add(new SimpleGrantedAuthority(PARTNER_SYSTEM_AUTHORITY));
        }
        return list;
    }

    @Override
    public String toString() {
        return username;
    }
}
