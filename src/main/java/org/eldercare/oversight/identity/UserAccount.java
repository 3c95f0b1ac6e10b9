package org.eldercare.oversight.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A platform account. Enforces role separation, lockout and the forced first password change. Every change that must
 * end the account's sessions (disabled, password reset or changed, roles, region, department or institution changed)
 * raises its session epoch; {@code SessionEpochFilter} ends a session whose principal carries an older one.
 * The last login is recorded outside the aggregate ({@link LoginAttempts}), so parallel logins never collide.
 */
@Table("user_account")
class UserAccount {

    @Id
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    private String regionCode;
    private String departmentCode;
    private Long institutionId;
    private String phone;
    private String idNumberEnc;
    private String idNumberIdx;
    private String idNumberMasked;
    private boolean enabled;
    private boolean mustChangePassword;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant passwordChangedAt;
    private Instant lastLoginAt;
    private Instant createdAt;
    private String createdBy;
    private int sessionEpoch;
    @Version
    private int version;
    @MappedCollection(idColumn = "user_id")
    private Set<RoleGrant> roles = new LinkedHashSet<>();

    UserAccount() {
    }

    static UserAccount create(String username, String displayName, String passwordHash, String regionCode,
                              Set<Role> roles, String createdBy, boolean mustChangePassword, Instant now) {
        UserAccount u = new UserAccount();
        u.username = username;
        u.displayName = displayName;
        u.passwordHash = passwordHash;
        u.regionCode = regionCode;
        u.enabled = true;
        u.mustChangePassword = mustChangePassword;
        u.createdAt = now;
        u.createdBy = createdBy;
        u.passwordChangedAt = now;
        u.assignRoles(roles);
        return u;
    }

    void assignRoles(Set<Role> newRoles) {
        String violation = Role.violation(newRoles);
        if (violation != null) {
            throw PlatformException.badRequest(violation);
        }
        if (!roles.isEmpty() && !roleSet().equals(EnumSet.copyOf(newRoles))) {
            endSessions();
        }
        roles = newRoles.stream().map(r -> new RoleGrant(r.name())).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Name, region, department, linked institution and phone; a change of what the account may see ends its sessions. */
    void updateProfile(String displayName, String regionCode, String departmentCode, Long institutionId, String phone) {
        if (this.regionCode != null && (!this.regionCode.equals(regionCode) || !Objects.equals(this.departmentCode, departmentCode)
                || !Objects.equals(this.institutionId, institutionId))) {
            endSessions();
        }
        this.displayName = displayName;
        this.regionCode = regionCode;
        this.departmentCode = departmentCode;
        this.institutionId = institutionId;
        this.phone = phone;
    }

    /** Binds the account to a person (实名): the encrypted number, its blind index and its masked form. */
    void bindIdNumber(String encrypted, String blindIndex, String masked) {
        this.idNumberEnc = encrypted;
        this.idNumberIdx = blindIndex;
        this.idNumberMasked = masked;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a wrong password; locks the account when the policy's limit of consecutive failures is reached. */
    void recordFailedLogin(SecurityPolicy policy, Instant now) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedAttempts = 0; // a lock that has run out starts a fresh count
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= policy.maxFailedAttempts()) {
            lockedUntil = now.plus(policy.lockMinutes(), ChronoUnit.MINUTES);
        }
    }

    /** The security administrator lifts a lock without touching the password. */
    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** The user's own change: every other session of the account ends (the caller's goes on with the new epoch). */
    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        mustChangePassword = false;
        endSessions();
    }

    /** An administrator sets a temporary password: the user must change it at next login. */
    void resetPassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        mustChangePassword = true;
        failedAttempts = 0;
        lockedUntil = null;
        endSessions();
    }

    void disable() {
        if (!enabled) {
            throw PlatformException.conflict("user.alreadyDisabled");
        }
        enabled = false;
        endSessions();
    }

    private void endSessions() {
        sessionEpoch++;
    }

    void enable() {
        if (enabled) {
            throw PlatformException.conflict("user.alreadyEnabled");
        }
        enabled = true;
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** The principal this account logs in as. */
    PlatformUser principal() {
        return new PlatformUser(id, username, displayName, roleSet(), regionCode, departmentCode, institutionId,
                mustChangePassword, null, sessionEpoch);
    }

    Set<Role> roleSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(g -> set.add(Role.valueOf(g.role())));
        return set;
    }

    Long id() { return id; }
    String username() { return username; }
    String displayName() { return displayName; }
    String passwordHash() { return passwordHash; }
    String regionCode() { return regionCode; }
    String departmentCode() { return departmentCode; }
    Long institutionId() { return institutionId; }
    String phone() { return phone; }
    String idNumberEnc() { return idNumberEnc; }
    String idNumberMasked() { return idNumberMasked; }
    boolean enabled() { return enabled; }
    boolean mustChangePassword() { return mustChangePassword; }
    int failedAttempts() { return failedAttempts; }
    Instant lockedUntil() { return lockedUntil; }
    Instant lastLoginAt() { return lastLoginAt; }
    Instant createdAt() { return createdAt; }
    int sessionEpoch() { return sessionEpoch; }
}
