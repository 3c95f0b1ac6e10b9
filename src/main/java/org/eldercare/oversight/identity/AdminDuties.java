package org.eldercare.oversight.identity;

import java.util.EnumSet;
import java.util.Set;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * 三员分立 for account administration: no administrator manages the accounts of the other two.
 * <ul>
 * <li>The system administrator creates, edits, disables and enables business accounts and system administrators'
 *     accounts (never his own disabling), and resets business accounts' passwords. He never touches an account of a
 *     security or audit administrator, never gives those roles, and never resets an administrator's password. The one
 *     exception is the initial set-up: while no enabled account holds the security (or audit) administrator role, he
 *     may create one.</li>
 * <li>The security administrator resets the passwords of administrators' accounts (all three roles), unlocks,
 *     disables and enables them; never his own account, and he changes no roles or profiles at all.</li>
 * </ul>
 * A refusal is a 403, so the audit row of the attempt shows it as denied.
 */
@Component
class AdminDuties {

    private static final Set<Role> OTHER_ADMINS = EnumSet.of(Role.SECADMIN, Role.AUDITADMIN);
    private final JdbcClient jdbc;

    AdminDuties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The system administrator creating an account with these roles. */
    void requireMayCreate(Set<Role> roles) {
        PlatformUser actor = actor();
        for (Role r : roles) {
            if (OTHER_ADMINS.contains(r) && actor.has(Role.SYSADMIN) && heldByEnabledAccount(r)) {
                throw PlatformException.forbidden("duty.otherAdminAccount");
            }
        }
    }

    /** Changing an account's roles or profile (system administrator): never to or from another administrator's roles. */
    void requireMayEdit(UserAccount target, Set<Role> requested) {
        if (touchesOtherAdmins(target.roleSet()) || touchesOtherAdmins(requested)) {
            throw PlatformException.forbidden("duty.otherAdminAccount");
        }
    }

    /**
     * Disabling or enabling an account: the system administrator for business and system administrators' accounts,
     * the security administrator for administrators' accounts other than his own.
     */
    void requireMaySwitch(UserAccount target) {
        PlatformUser actor = actor();
        boolean allowed = actor.has(Role.SECADMIN) ? isAdmin(target) && !isSelf(actor, target)
                : !touchesOtherAdmins(target.roleSet());
        if (!allowed) {
            throw PlatformException.forbidden(actor.has(Role.SECADMIN) ? "duty.secadminAdminsOnly" : "duty.otherAdminAccount");
        }
    }

    /** Resetting a password or unlocking: business accounts by the system administrator, administrators' by the security one. */
    void requireMayResetCredentials(UserAccount target) {
        PlatformUser actor = actor();
        if (actor.has(Role.SECADMIN)) {
            if (!isAdmin(target) || isSelf(actor, target)) {
                throw PlatformException.forbidden("duty.secadminAdminsOnly");
            }
        } else if (isAdmin(target)) {
            throw PlatformException.forbidden("duty.adminCredentials");
        }
    }

    static boolean touchesOtherAdmins(Set<Role> roles) {
        return roles.stream().anyMatch(OTHER_ADMINS::contains);
    }

    private static boolean isAdmin(UserAccount target) {
        return target.roleSet().stream().anyMatch(Role::isAdmin);
    }

    private static boolean isSelf(PlatformUser actor, UserAccount target) {
        return target.username().equals(actor.username());
    }

    private boolean heldByEnabledAccount(Role role) {
        return jdbc.sql("select count(*) from user_role r join user_account a on a.id = r.user_id where r.role = ? and a.enabled")
                .param(role.name()).query(Long.class).single() > 0;
    }

    /** The administrator acting (the one logged in, or the system principal of start-up work). */
    static PlatformUser actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PlatformUser u) {
            return u;
        }
        throw PlatformException.forbidden("duty.noActor");
    }
}
