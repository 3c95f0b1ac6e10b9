package org.eldercare.oversight.workforce.access;

import java.util.stream.Collectors;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The logged-in account or partner system (public so templates can ask it). */
public record Caller(PlatformUser user) {

    public static Caller current() {
        return new Caller(PlatformUser.current());
    }

    public String name() {
        return user.username();
    }

    /** An institution account without a supervisory role sees and works on its own institution only. */
    public boolean institutionOnly() {
        return user.institutionOnly();
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
