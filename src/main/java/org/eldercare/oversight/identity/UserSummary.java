package org.eldercare.oversight.identity;

import java.time.Instant;
import java.util.Set;

/** An account as administrators see it: the phone and the 公民身份号码 only masked, never the password. */
public record UserSummary(Long id, String username, String displayName, Set<Role> roles, String regionCode,
                          String regionName, String departmentCode, Long institutionId, String phoneMasked,
                          String idNumberMasked, boolean enabled, boolean locked, boolean mustChangePassword,
                          Instant lastLoginAt) {

    /** Holds one of the three administrator roles (三员). */
    public boolean administrator() {
        return roles.stream().anyMatch(Role::isAdmin);
    }

    /** Holds the security or audit administrator role: the system administrator does not manage such an account. */
    public boolean securityOrAuditAdministrator() {
        return AdminDuties.touchesOtherAdmins(roles);
    }
}
