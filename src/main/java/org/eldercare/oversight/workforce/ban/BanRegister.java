package org.eldercare.oversight.workforce.ban;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.codes.IdNumber;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Failures;
import org.eldercare.oversight.common.FieldCipher;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.workforce.access.Caller;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering and revoking industry bans (WRK-3): supervisors only, for their own bureau (the entry's region is the
 * supervisor's). {@link IndustryBan} decides; its events flag the person's current employments (staff module part).
 */
@Service
public class BanRegister {

    static final String ID_COLUMN = "industry_ban.id_number";
    private final BanRepository bans;
    private final FieldCipher cipher;
    private final DataScope scope;
    private final Clock clock;

    BanRegister(BanRepository bans, FieldCipher cipher, DataScope scope, Clock clock) {
        this.bans = bans;
        this.cipher = cipher;
        this.scope = scope;
        this.clock = clock;
    }

    /** Enters a ban; the ID number is validated, stored encrypted with its blind index, and never returned in full. */
    @Transactional
    public IndustryBan add(String rawIdNumber, IndustryBan.Entry entry) {
        Caller caller = requireSupervisor();
        IdNumber id = IdNumber.parse(rawIdNumber, today());
        IndustryBan.ProtectedId protectedId = new IndustryBan.ProtectedId(cipher.encrypt(id.value(), ID_COLUMN),
                index(id), id.masked());
        return save(IndustryBan.enter(entry, protectedId, caller.regionCode(), caller.name(), Instant.now(clock)));
    }

    /** Saves an entry and, through its events, flags or clears employments; one changed meanwhile by someone else is a 409. */
    private IndustryBan save(IndustryBan b) {
        try {
            return bans.save(b);
        } catch (DataAccessException e) {
            throw Failures.isOptimisticLock(e) ? PlatformException.conflict("workforce.employment.changed") : e;
        }
    }

    /** Revokes an entry of the caller's region (entered in error), with the reason. */
    @Transactional
    public IndustryBan revoke(long banId, String reason) {
        Caller caller = requireSupervisor();
        IndustryBan b = load(banId);
        b.revoke(reason, caller.name(), Instant.now(clock));
        return save(b);
    }

    /** An entry of the caller's region or below (the bureau that entered it); 404 otherwise. */
    public IndustryBan load(long banId) {
        IndustryBan b = bans.findById(banId).orElseThrow(() -> PlatformException.notFound("workforce.ban.notFound"));
        if (!scope.contains(b.regionCode())) {
            throw PlatformException.notFound("workforce.ban.notFound");
        }
        return b;
    }

    /**
     * The person's full 公民身份号码 for the module's own matching (a new entry finds the person's employments); never
     * shown to anyone.
     */
    public IdNumber idNumberOf(long banId) {
        IndustryBan b = bans.findById(banId).orElseThrow();
        return IdNumber.parse(cipher.decrypt(b.idNumberEnc(), ID_COLUMN), today());
    }

    String index(IdNumber id) {
        return cipher.blindIndex(id.value(), ID_COLUMN);
    }

    private static Caller requireSupervisor() {
        Caller caller = Caller.current();
        if (!caller.supervisor()) {
            throw PlatformException.forbidden("workforce.ban.supervisorOnly");
        }
        return caller;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
