package org.eldercare.oversight.identity;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    /**
     * In a (read-only) transaction, so the account and its roles are read on one connection: outside one, reading the
     * roles would take a second connection while the first is still held, and parallel logins would exhaust the pool.
     */
    @Transactional(readOnly = true)
    Optional<UserAccount> findByUsername(String username);

    /** Accounts whose username equals this one but for case (a unique index on lower(username) enforces it too). */
    @Query("select count(*) from user_account where lower(username) = lower(:username)")
    long countByUsernameIgnoringCase(String username);
}
