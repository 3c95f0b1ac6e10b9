package org.eldercare.oversight.identity;

import static org.eldercare.oversight.identity.AccountProfileRules.blankToNull;
import static org.eldercare.oversight.identity.AccountProfileRules.phone;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eldercare.oversight.codes.IdNumber;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration (系统管理员): creating accounts with a temporary password, editing roles, region,
 * department, linked institution and phone, disabling and enabling, and resetting a forgotten password.
 */
@Service
public class AccountAdministration {

    private final UserAccountRepository users;
    private final ScopedAccounts accounts;
    private final AccountProfileRules rules;
    private final IdNumberBinding idNumbers;
    private final SecurityPolicyStore policies;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountAdministration(UserAccountRepository users, ScopedAccounts accounts, AccountProfileRules rules,
                          IdNumberBinding idNumbers, SecurityPolicyStore policies, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.rules = rules;
        this.idNumbers = idNumbers;
        this.policies = policies;
        this.encoder = encoder;
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
        rules.checkInstitution(n.institutionId(), n.regionCode());
        IdNumber id = idNumbers.parseOptional(n.idNumber());
        if (users.findByUsername(n.username().trim()).isPresent()) {
            throw PlatformException.conflict("user.duplicate", n.username().trim());
        }
        String temp = TemporaryPasswords.next();
        UserAccount u = store(n, id, temp, true, by);
        return new Created(accounts.summary(u), temp);
    }

    /** Creates an account with a known password (bootstrap admin, demo accounts); not exposed to the web. */
    @Transactional
    public UserSummary createWithPassword(NewUser n, String password, boolean mustChange, String by) {
        rules.check(n.username(), n.displayName(), n.regionCode(), n.roles(), n.departmentCode(), n.phone());
        PasswordRules.require(n.username(), password, policies.current());
        IdNumber id = idNumbers.parseOptional(n.idNumber());
        return accounts.summary(store(n, id, password, mustChange, by));
    }

    private UserAccount store(NewUser n, IdNumber id, String password, boolean mustChange, String by) {
        UserAccount u = UserAccount.create(n.username().trim(), n.displayName().trim(), encoder.encode(password),
                n.regionCode(), n.roles(), by, mustChange, Instant.now(clock));
        u.updateProfile(n.displayName().trim(), n.regionCode(), blankToNull(n.departmentCode()), n.institutionId(),
                phone(n.phone()));
        idNumbers.bind(u, id);
        return users.save(u);
    }

    /** Updates the profile; a blank phone keeps the stored one, a blank ID number keeps the bound one. */
    @Transactional
    public UserSummary update(long id, String displayName, String regionCode, Set<Role> roles, String departmentCode,
                              Long institutionId, String phone, String idNumber) {
        UserAccount u = accounts.load(id);
        rules.check(u.username(), displayName, regionCode, roles, departmentCode, phone);
        rules.checkInstitution(institutionId, regionCode);
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

    /** Disables an account in scope; an administrator cannot disable their own. */
    @Transactional
    public void disable(long id, String by) {
        UserAccount u = accounts.load(id);
        if (u.username().equals(by)) {
            throw PlatformException.badRequest("user.cannotDisableSelf");
        }
        u.disable();
        users.save(u);
    }

    @Transactional
    public void enable(long id) {
        UserAccount u = accounts.load(id);
        u.enable();
        users.save(u);
    }

    /** Sets a new temporary password (returned once) and unlocks the account. */
    @Transactional
    public String resetPassword(long id) {
        UserAccount u = accounts.load(id);
        String temp = TemporaryPasswords.next();
        u.resetPassword(encoder.encode(temp), Instant.now(clock));
        users.save(u);
        return temp;
    }

    /** The principal an account logs in as (for start-up work done in its name). */
    public Optional<PlatformUser> principal(String username) {
        return users.findByUsername(username).map(UserAccount::principal);
    }

    public boolean anyUserExists() {
        return users.count() > 0;
    }

    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }
}
