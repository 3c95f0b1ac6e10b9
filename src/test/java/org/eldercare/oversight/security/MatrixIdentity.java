package org.eldercare.oversight.security;

import java.util.Set;
import org.eldercare.oversight.identity.Role;

/**
 * Who calls: an account (HTTP Basic on the API, a logged-in session on pages), a partner system's API token (Bearer), or
 * nobody. A role in a region and, for an institution, its institution; {@code label} names it in the report.
 */
record MatrixIdentity(String label, String username, String token, Set<Role> roles, String regionCode, Long institutionId) {

    static final MatrixIdentity ANONYMOUS = new MatrixIdentity("anonymous", null, null, Set.of(), null, null);

    static MatrixIdentity account(String label, String username, Set<Role> roles, String regionCode) {
        return new MatrixIdentity(label, username, null, roles, regionCode, null);
    }

    boolean anonymous() {
        return username == null && token == null;
    }

    boolean apiToken() {
        return token != null;
    }

    boolean business() {
        return roles.stream().anyMatch(r -> !r.isAdmin());
    }

    /** An institution without a supervisory role sees only its own institution (registry Caller.institutionOnly). */
    boolean institutionOnly() {
        return roles.equals(Set.of(Role.INSTITUTION));
    }

    MatrixIdentity linkedTo(long institution) {
        return new MatrixIdentity(label, username, token, roles, regionCode, institution);
    }

    @Override
    public String toString() {
        return anonymous() ? label : label + "(" + regionCode + (institutionId == null ? "" : ", institution " + institutionId) + ")";
    }
}
