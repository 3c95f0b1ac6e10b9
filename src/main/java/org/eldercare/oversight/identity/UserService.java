package org.eldercare.oversight.identity;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What is left of the former catch-all account service, for the registry module's demo data only until that
 * module calls {@link AccountAdministration} directly: account administration now lives there, the user's own
 * password in {@link OwnPassword}, the 公民身份号码 in {@link IdNumberBinding}, lists in {@link ScopedAccounts}.
 *
 * @deprecated use {@link AccountAdministration#principal(String)} and
 *     {@link AccountAdministration#linkInstitution(String, long)}; delete this class once nothing calls it.
 */
@Deprecated
@Service
public class UserService {

    private final AccountAdministration accounts;

    UserService(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    /** @deprecated use {@link AccountAdministration#principal(String)}. */
    @Deprecated
    public Optional<PlatformUser> principal(String username) {
        return accounts.principal(username);
    }

    /** @deprecated use {@link AccountAdministration#linkInstitution(String, long)}. */
    @Deprecated
    public void linkInstitution(String username, long institutionId) {
        accounts.linkInstitution(username, institutionId);
    }
}
