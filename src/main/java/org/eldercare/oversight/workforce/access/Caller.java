package org.eldercare.oversight.workforce.access;

import java.util.stream.Collectors;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The logged-in account or partner system (public so templates can ask it). */
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

    /** An institution account without a supervisory role: it sees and maintains only its own institution's staff. */
    public boolean institutionOnly() {
        return user.has(Role.INSTITUTION) && !user.has(Role.SUPERVISOR) && !user.has(Role.TOWNSHIP)
                && !user.has(Role.INSPECTOR) && !user.has(Role.DEPARTMENT);
    }

    public boolean supervisor() {
        return user.has(Role.SUPERVISOR);
    }

    /** Whether the caller is an account (or token) of that institution itself. */
    public boolean ownInstitution(long institutionId) {
        return user.has(Role.INSTITUTION) && user.institutionId() != null && user.institutionId() == institutionId;
    }

    public Long institutionId() {
        return user.institutionId();
    }

    public String regionCode() {
        return user.regionCode();
    }

    /** Role names, sorted and comma-separated, as the audit trail records them. */
    public String roles() {
        return user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** The client address of the current request (null outside a request, e.g. demo data at start-up). */
    public static String clientIp() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr() : null;
    }
}
