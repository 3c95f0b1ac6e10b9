package org.eldercare.oversight.registry.archive;

import org.springframework.security.access.AccessDeniedException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling, as the registry needs it (public so templates can ask it). */
public record Caller(PlatformUser user) {

    public static Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PlatformUser u) {
            return new Caller(u);
        }
        throw new AccessDeniedException("not logged in");
    }

    public String name() {
        return user.username();
    }

    /** An institution user without any supervisory role sees and edits only its own institution. */
    public boolean institutionOnly() {
        return user.has(Role.INSTITUTION) && !user.has(Role.SUPERVISOR) && !user.has(Role.TOWNSHIP)
                && !user.has(Role.INSPECTOR) && !user.has(Role.DEPARTMENT);
    }

    public boolean supervisor() {
        return user.has(Role.SUPERVISOR);
    }

    public boolean township() {
        return user.has(Role.TOWNSHIP);
    }

    public Long institutionId() {
        return user.institutionId();
    }
}
