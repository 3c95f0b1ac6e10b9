package org.eldercare.oversight.identity;

import static org.eldercare.oversight.identity.AccountProfileRules.blankToNull;
import static org.eldercare.oversight.identity.AccountProfileRules.phone;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eldercare.oversight.codes.IdNumber;
import org.eldercare.oversight.common.Failures;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.dao.DataAccessException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration (系统管理员): creating accounts with a temporary password, editing roles, region,
 * department, linked institution and phone, disabling and enabling, and resetting a forgotten password; the security
 * administrator resets, unlocks, disables and enables administrators' accounts. Who may do what to which account is
 * {@link AdminDuties} (三员分立). Disabling an account also revokes the API tokens it approved.
 */
@Service
public class AccountAdministration {

    private final UserAccountRepository users;
    private final ScopedAccounts accounts;
    private final AccountProfileRules rules;
    private final IdNumberBinding idNumbers;
    private final SecurityPolicyStore policies;
    private final PasswordEncoder encoder;
    private final AdminDuties duties;
    private final PasswordHistory history;
    private final ApiTokenService tokens;
    private final Clock clock;

    AccountAdministration(UserAccountRepository users, ScopedAccounts accounts, AccountProfileRules rules,
                          IdNumberBinding idNumbers, SecurityPolicyStore policies, PasswordEncoder encoder, AdminDuties duties,
                          PasswordHistory history, ApiTokenService tokens, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.rules = rules;
        this.idNumbers = idNumbers;
        this.policies = policies;
        this.encoder = encoder;
        this.duties = duties;
        this.history = history;
        this.tokens = tokens;
        this.clock = clock;
    }

    public record NewUser(String username, String displayName, String regionCode, Set<Role> roles,
                          String departmentCode, Long institutionId, String phone, String idNumber) {
    }

    public record Created(UserSummary user, String temporaryPassword) {
    }

    /** Creates an account with a generated temporary password that must be changed at first login. */
    @Transactional
    public Created create(NewUser n, String by) {
        rules.check(n.username(), n.displayName(), n.regionCode(), n.roles(), n.departmentCode(), n.phone());
        rules.checkRegionChange(n.regionCode(), null);
        rules.checkInstitution(n.institutionId(), n.regionCode());
        duties.requireMayCreate(n.roles());
        IdNumber id = idNumbers.parseOptional(n.idNumber());
        String temp = TemporaryPasswords.next();
        UserAccount u = store(n, id, temp, true, by);
        return new Created(accounts.summary(u), temp);
    }

    /** Creates an account with a known password (bootstrap admin, demo accounts); not exposed to the web. */
    @Transactional
    public UserSummary createWithPassword(NewUser n, String password, boolean mustChange, String by) {
        rules.check(n.username(), n.displayName(), n.regionCode(), n.roles(), n.departmentCode(), n.phone());
        rules.checkRegionChange(n.regionCode(), null);
        PasswordRules.require(n.username(), password, policies.current());
        IdNumber id = idNumbers.parseOptional(n.idNumber());
        return accounts.summary(store(n, id, password, mustChange, by));
    }

    /** Stores a new account; a username that differs from an existing one only in case is the same username. */
    private UserAccount store(NewUser n, IdNumber id, String password, boolean mustChange, String by) {
        String username = n.username().trim();
        if (users.countByUsernameIgnoringCase(username) > 0) {
            throw PlatformException.conflict("user.duplicate", username);
        }
        Instant now = Instant.now(clock);
        UserAccount u = UserAccount.create(username, n.displayName().trim(), encoder.encode(password),
                n.regionCode(), n.roles(), by, mustChange, now);
        u.updateProfile(n.displayName().trim(), n.regionCode(), blankToNull(n.departmentCode()), n.institutionId(),
                phone(n.phone()));
        idNumbers.bind(u, id);
        try {
            UserAccount saved = users.save(u);
            history.remember(saved.id(), saved.passwordHash(), now);
            return saved;
        } catch (DataAccessException e) {
            if (Failures.isDuplicateKey(e)) { // created meanwhile by another request
                throw PlatformException.conflict("user.duplicate", username);
            }
            throw e;
        }
    }

    /** Updates the profile; a blank phone keeps the stored one, a blank ID number keeps the bound one. */
    @Transactional
    public UserSummary update(long id, String displayName, String regionCode, Set<Role> roles, String departmentCode,
                              Long institutionId, String phone, String idNumber) {
        UserAccount u = accounts.load(id);
        rules.check(u.username(), displayName, regionCode, roles, departmentCode, phone);
        rules.checkRegionChange(regionCode, u.regionCode());
        rules.checkInstitution(institutionId, regionCode);
        duties.requireMayEdit(u, roles);
        IdNumber parsed = idNumbers.parseOptional(idNumber);
        u.assignRoles(roles);
        u.updateProfile(displayName.trim(), regionCode, blankToNull(departmentCode), institutionId,
                phone == null || phone.isBlank() ? u.phone() : phone(phone));
        idNumbers.bind(u, parsed);
        return accounts.summary(users.save(u));
    }

    /** Links an account to its institution (机构用户), e.g. when demo data create the institution. */
    @Transactional
    public void linkInstitution(String username, long institutionId) {
        UserAccount u = users.findByUsername(username).orElseThrow(() -> PlatformException.notFound("user.notFound"));
        rules.checkInstitution(institutionId, u.regionCode());
        u.updateProfile(u.displayName(), u.regionCode(), u.departmentCode(), institutionId, u.phone());
        users.save(u);
    }

    /**
     * Disables an account in scope; an administrator cannot disable their own. Its sessions end at their next request
     * and the API tokens it approved are revoked.
     */
    @Transactional
    public void disable(long id, String by) {
        UserAccount u = accounts.load(id);
        if (u.username().equals(by)) {
            throw PlatformException.badRequest("user.cannotDisableSelf");
        }
        duties.requireMaySwitch(u);
        u.disable();
        users.save(u);
        tokens.revokeApprovedBy(u.id(), by);
    }

    @Transactional
    public void enable(long id) {
        UserAccount u = accounts.load(id);
        duties.requireMaySwitch(u);
        u.enable();
        users.save(u);
    }

    /** Sets a new temporary password (returned once) and unlocks the account; its sessions end. */
    @Transactional
    public String resetPassword(long id) {
        UserAccount u = accounts.load(id);
        duties.requireMayResetCredentials(u);
        String temp = TemporaryPasswords.next();
        Instant now = Instant.now(clock);
        u.resetPassword(encoder.encode(temp), now);
        users.save(u);
        history.remember(u.id(), u.passwordHash(), now);
        return temp;
    }

    /** Lifts a lock without changing the password (the security administrator, for administrators' accounts). */
    @Transactional
    public void unlock(long id) {
        UserAccount u = accounts.load(id);
        duties.requireMayResetCredentials(u);
        u.unlock();
        users.save(u);
    }

    /** The principal an account logs in as (for start-up work done in its name). */
    public Optional<PlatformUser> principal(String username) {
        return users.findByUsername(username).map(UserAccount::principal);
    }

    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }
}
