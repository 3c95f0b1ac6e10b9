package org.eldercare.oversight.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.eldercare.oversight.codes.IdNumber;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.FieldCipher;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.SensitiveDataRevealed;
import org.eldercare.oversight.region.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's 公民身份号码 (实名): stored encrypted with a blind index for exact search and a masked form for
 * display; the full number is shown only to an administrator who states why, after the reveal is audited.
 */
@Service
public class IdNumberBinding {

    static final String ID_COLUMN = "user_account.id_number";
    private final UserAccountRepository users;
    private final ScopedAccounts accounts;
    private final DataScope scope;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;

    IdNumberBinding(UserAccountRepository users, ScopedAccounts accounts, DataScope scope, JdbcClient jdbc, Clock clock,
                    FieldCipher cipher, ApplicationEventPublisher events) {
        this.users = users;
        this.accounts = accounts;
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
        this.events = events;
    }

    /** Binds (or replaces) the account's 公民身份号码; the number is required and validated. */
    @Transactional
    public UserSummary bindIdNumber(long id, String raw) {
        UserAccount u = accounts.load(id);
        bind(u, IdNumber.parse(raw, today()));
        return accounts.summary(users.save(u));
    }

    /** Accounts in scope bound to this 公民身份号码 (exact match through the blind index, nothing decrypted). */
    public List<UserSummary> findByIdNumber(String raw) {
        IdNumber id = IdNumber.parse(raw, today());
        List<Long> ids = scope.bind(jdbc.sql("select id from user_account where id_number_idx = :idx and "
                        + scope.condition("region_code") + " order by id")
                        .param("idx", cipher.blindIndex(id.value(), ID_COLUMN)))
                .query(Long.class).list();
        return accounts.summaries(ids);
    }

    /**
     * The full 公民身份号码 of an account, for an administrator who states why. The reveal is audited before the
     * number is returned; if the audit row cannot be written, nothing is revealed.
     */
    @Transactional(readOnly = true)
    public String revealIdNumber(long id, PlatformUser by, String reason, String clientIp) {
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw PlatformException.badRequest("user.idNumber.reasonRequired");
        }
        UserAccount u = accounts.load(id);
        if (u.idNumberEnc() == null) {
            throw PlatformException.notFound("user.idNumber.none");
        }
        String roles = by.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        events.publishEvent(new SensitiveDataRevealed(by.username(), roles, by.regionCode(), "user", String.valueOf(id),
                "id_number", reason.trim(), clientIp));
        return cipher.decrypt(u.idNumberEnc(), ID_COLUMN);
    }

    /** The number typed into an account form, validated; blank → none (the bound number is kept). */
    IdNumber parseOptional(String raw) {
        return raw == null || raw.isBlank() ? null : IdNumber.parse(raw, today());
    }

    /** Stores the number on the account (encrypted, indexed, masked); null leaves the account as it is. */
    void bind(UserAccount u, IdNumber id) {
        if (id != null) {
            u.bindIdNumber(cipher.encrypt(id.value(), ID_COLUMN), cipher.blindIndex(id.value(), ID_COLUMN), id.masked());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
