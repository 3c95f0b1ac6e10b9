package org.eldercare.oversight.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.region.ScopedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The logged-in principal, kept in the session: a user account, or a partner system holding an API token
 * ({@code tokenId} set). Carries no password.
 */
public record PlatformUser(Long id, String username, String displayName, Set<Role> roles, String regionCode,
                           String departmentCode, Long institutionId, boolean mustChangePassword, Long tokenId)
        implements ScopedPrincipal, Serializable {

    public static final String PARTNER_SYSTEM_AUTHORITY = Role.AUTHORITY_PREFIX + "PARTNER_SYSTEM";

    public boolean has(Role role) {
        return roles.contains(role);
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
