package org.eldercare.oversight.workforce.ban;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eldercare.oversight.audit.AuditEntry;
import org.eldercare.oversight.audit.AuditOutcome;
import org.eldercare.oversight.audit.AuditTrail;
import org.eldercare.oversight.codes.IdNumber;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.workforce.access.Caller;
import org.springframework.stereotype.Service;

/**
 * The hiring check against the national ban register (WRK-3): one 公民身份号码 against every entry in the country, by
 * its blind index (nothing decrypted). Every check — on its own or as part of a hiring — is written to the audit trail
 * first, with who asked, why, and which entries it found (never the number itself).
 */
@Service
public class BanCheck {

    /** The audit action of a check ({@code audit.action.CHECK_industry_ban}). */
    public static final String ACTION = "CHECK industry_ban";
    private final BanRepository bans;
    private final BanRegister register;
    private final AuditTrail audit;
    private final Clock clock;

    BanCheck(BanRepository bans, BanRegister register, AuditTrail audit, Clock clock) {
        this.bans = bans;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    /** An entry as a check shows it: no name, the number only masked. */
    public record Finding(long banId, String source, String sourceDocument, String issuingAuthority, LocalDate startDate,
                          LocalDate endDate, String state, boolean bars) {
    }

    /**
     * The outcome: {@code banned} when an entry bars one of the days asked about; {@code entries}: every entry of the person
     * that is not revoked (expired ones included: they stay in history).
     */
    public record Verdict(boolean banned, String idNumberMasked, List<Finding> entries) {

        /** The entry that bars, for the refusal message. */
        public Finding barring() {
            return entries.stream().filter(Finding::bars).findFirst().orElseThrow();
        }
    }

    /** A check on its own (before an interview, say): does a ban bar working today? The number is validated first. */
    public Verdict check(String rawIdNumber) {
        return check(IdNumber.parse(rawIdNumber, today()), "单独核查", today());
    }

    /**
     * The check of a hiring: barred when an entry bars today or the first working day. {@code purpose} names the hiring
     * in the audit row (institution and role, never the number).
     */
    public Verdict check(IdNumber id, String purpose, LocalDate... days) {
        LocalDate today = today();
        List<IndustryBan> found = bans.findByIdNumberIdxOrderByEndDateDesc(register.index(id)).stream()
                .filter(b -> b.state(today) != IndustryBan.State.REVOKED).toList();
        List<Finding> entries = found.stream().map(b -> new Finding(b.id(), b.source().label(), b.sourceDocument(),
                b.issuingAuthority(), b.startDate(), b.endDate(), b.state(today).label(),
                Arrays.stream(days).anyMatch(b::bars))).toList();
        Verdict verdict = new Verdict(entries.stream().anyMatch(Finding::bars), id.masked(), entries);
        record(verdict, purpose);
        return verdict;
    }

    private void record(Verdict v, String purpose) {
        Caller caller = Caller.current();
        String ids = v.entries().stream().map(f -> String.valueOf(f.banId())).collect(Collectors.joining(","));
        String result = v.banned() ? "命中：在禁入期内" : v.entries().isEmpty() ? "未命中" : "有记录，不在禁入期内";
        audit.record(new AuditEntry(caller.name(), caller.roles(), caller.regionCode(), ACTION, "industry_ban",
                ids.isEmpty() ? null : ids, AuditOutcome.SUCCESS, purpose + "；" + result, Caller.clientIp()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
