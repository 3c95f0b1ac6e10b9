package org.eldercare.oversight.identity;

import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs start-up work (bootstrap, demo data) as a platform-wide system principal so the data scope admits it. */
public final class SystemUser {

    private SystemUser() {
    }

    public static void runAsRoot(Runnable work) {
        runAs(new PlatformUser(0L, "system", "系统", Set.of(Role.SYSADMIN), "000000", null, null, false, null), work);
    }

    /** Runs start-up work (demo data) as a given principal, e.g. a demo supervisor, so every rule applies as in the UI. */
    public static void runAs(PlatformUser user, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContextHolder.setContext(ctx);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
