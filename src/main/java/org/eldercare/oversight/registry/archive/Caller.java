package org.eldercare.oversight.registry.archive;

import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;

/** Who is calling, as the registry needs it (public so templates can ask it). */
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

    public boolean township() {
        return user.has(Role.TOWNSHIP);
    }

    public Long institutionId() {
        return user.institutionId();
    }
}
