package org.eldercare.oversight.credit.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CRD-1 use cases: an entry fed by another module's event, an entry a department (or a supervisor) adds with its document
 * number, and a correction by a reversing entry. Each recomputes the code's grade (CRD-2) in the same transaction.
 */
@Service
public class CreditRecords {

    private static final Logger log = LoggerFactory.getLogger(CreditRecords.class);
    private final CreditLedger ledger;
    private final RuleBook rules;
    private final GradeBook grades;
    private final CreditCodes codes;
    private final Clock clock;

    CreditRecords(CreditLedger ledger, RuleBook rules, GradeBook grades, CreditCodes codes, Clock clock) {
        this.ledger = ledger;
        this.rules = rules;
        this.grades = grades;
        this.codes = codes;
        this.clock = clock;
    }

    /** What another module's event reports: the code and site, the kind, when, its source record and units. */
    public record Fed(String uscc, Long institutionId, String regionCode, EntryKind kind, LocalDate occurredOn, String sourceModule,
                      String sourceRef, int units, String note) {
    }

    /** Records a fed entry once (a repeated event changes nothing) and regrades the code. */
    @Transactional
    public Optional<CreditEntry> record(Fed f) {
        String uscc = CreditCodes.normalise(f.uscc());
        Optional<CreditRule> rule = rules.rule(f.regionCode(), f.kind(), f.occurredOn());
        if (uscc.isEmpty() || rule.isEmpty()) {
            log.warn("No credit entry for {} {} of {}: no code or no rule", f.sourceModule(), f.sourceRef(), f.kind());
            return Optional.empty();
        }
        CreditRule r = rule.get();
        CreditEntry e = new CreditEntry(0, uscc, f.institutionId(), f.regionCode(), f.kind(), f.occurredOn(), f.sourceModule(),
                f.sourceRef(), r.id(), Math.max(1, f.units()), r.pointsFor(f.units()), r.expiryFor(f.occurredOn()), null, f.note(), null,
                "system:" + f.sourceModule(), null);
        return store(e, f.regionCode());
    }

    /** A department's or supervisor's entry ({@code kind} of a department), or with {@code reverses} a correction. */
    public record ManualEntry(String uscc, String kind, LocalDate occurredOn, String documentNo, String note, Long reverses) {
    }

    @Transactional
    public CreditEntry add(ManualEntry m) {
        if (m.reverses() != null) {
            return reverse(m.reverses(), m.note());
        }
        CreditCodes.Code code = codes.requireVisible(m.uscc());
        EntryKind kind = Labelled.parse(EntryKind.class, m.kind(), "信用记录类型");
        if (!kind.manual()) {
            throw PlatformException.badRequest("credit.entry.kindNotManual", kind.label());
        }
        LocalDate today = today();
        if (m.occurredOn() == null || m.occurredOn().isAfter(today)) {
            throw PlatformException.badRequest("credit.entry.dateInvalid");
        }
        String document = text(m.documentNo(), "文书编号", 60, true);
        String note = text(m.note(), "说明", 500, false);
        CreditRule rule = rules.rule(code.filingRegion(), kind, m.occurredOn())
                .orElseThrow(() -> PlatformException.badRequest("credit.entry.noRule", kind.label()));
        String department = department(rule);
        CreditEntry e = new CreditEntry(0, code.uscc(), null, code.filingRegion(), kind, m.occurredOn(), "department", document,
                rule.id(), 1,
                rule.points(), rule.expiryFor(m.occurredOn()), department, note, null, PlatformUser.current().username(), null);
        return store(e, code.regionCode()).orElseThrow(() -> PlatformException.conflict("credit.entry.duplicate", document));
    }

    /** The correction of an entry: the opposite points until the entry's expiry; the entry itself stays as it was. */
    @Transactional
    public CreditEntry reverse(long entryId, String reason) {
        CreditEntry original = ledger.find(entryId)
                .orElseThrow(() -> PlatformException.notFound("credit.entry.notFound", String.valueOf(entryId)));
        CreditCodes.Code code = codes.requireVisible(original.uscc());
        String why = text(reason, "冲正原因", 500, true);
        if (original.kind() == EntryKind.REVERSAL || ledger.reversed(entryId)) {
            throw PlatformException.conflict("credit.entry.alreadyReversed", String.valueOf(entryId));
        }
        PlatformUser u = PlatformUser.current();
        if (departmentOnly(u) && (u.departmentCode() == null || !u.departmentCode().equals(original.departmentCode()))) {
            throw PlatformException.forbidden("credit.entry.notYourDepartment", original.kind().label());
        }
        LocalDate today = today();
        CreditEntry e = new CreditEntry(0, code.uscc(), original.institutionId(), original.regionCode(), EntryKind.REVERSAL,
                today.isBefore(original.occurredOn()) ? original.occurredOn() : today, "credit", String.valueOf(entryId), null, 1,
                -original.points(), original.expiresOn(), u.departmentCode(), why, entryId, u.username(), null);
        return store(e, code.regionCode())
                .orElseThrow(() -> PlatformException.conflict("credit.entry.alreadyReversed", String.valueOf(entryId)));
    }

    private Optional<CreditEntry> store(CreditEntry e, String fallbackRegion) {
        Optional<Long> id = ledger.insert(e);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        grades.recompute(e.uscc(), codes.settingsRegion(e.uscc(), fallbackRegion));
        return ledger.find(id.get());
    }

    /** The department recorded: a department account's own, which must be the rule's; a supervisor's own or the rule's. */
    private static String department(CreditRule rule) {
        PlatformUser u = PlatformUser.current();
        if (departmentOnly(u)) {
            if (u.departmentCode() == null || !u.departmentCode().equals(rule.departmentCode())) {
                throw PlatformException.forbidden("credit.entry.notYourDepartment", rule.kind().label());
            }
            return u.departmentCode();
        }
        return u.departmentCode() != null ? u.departmentCode() : rule.departmentCode();
    }

    private static boolean departmentOnly(PlatformUser u) {
        return u.has(Role.DEPARTMENT) && !u.has(Role.SUPERVISOR);
    }

    private static String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw PlatformException.badRequest("field.required", field);
            }
            return null;
        }
        if (value.trim().length() > max) {
            throw PlatformException.badRequest("credit.field.tooLong", field, max);
        }
        return value.trim();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
