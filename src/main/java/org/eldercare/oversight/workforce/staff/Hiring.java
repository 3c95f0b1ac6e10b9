package org.eldercare.oversight.workforce.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.codes.IdNumber;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Failures;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.eldercare.oversight.workforce.access.Caller;
import org.eldercare.oversight.workforce.ban.BanCheck;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hiring and ending employments (WRK-1, WRK-3). A hiring checks the national ban register by the 公民身份号码 (audited) and
 * is refused when a ban bars today or the first working day; the person is registered once and found again by number.
 */
@Service
public class Hiring {

    private final Workplaces workplaces;
    private final StaffPeople people;
    private final EmploymentRepository employments;
    private final BanCheck bans;
    private final Clock clock;

    Hiring(Workplaces workplaces, StaffPeople people, EmploymentRepository employments, BanCheck bans, Clock clock) {
        this.workplaces = workplaces;
        this.people = people;
        this.employments = employments;
        this.bans = bans;
        this.clock = clock;
    }

    /** What a hiring states; {@code role} and {@code careLevel} travel as names ({@link StaffRole}, {@link CareLevel}). */
    public record NewHire(String name, String idNumber, String phone, String role, String careLevel, LocalDate startDate,
                          Integer inTradeSince, String priorEmployers) {
    }

    /** Hires at the institution with this 统一社会信用代码 (its own account, or a supervisor on its behalf). */
    @Transactional
    public Employment hire(String uscc, NewHire hire) {
        return hireAt(workplaces.maintainable(uscc), hire);
    }

    /** Hires at an institution the caller has been checked to maintain (also each good row of an import). */
    Employment hireAt(InstitutionRoster.Entry institution, NewHire hire) {
        return hireChecked(institution, hire, check(institution, hire));
    }

    /** A hiring checked and not yet made: the parsed choices, the number, the first day and the ban that bars it (or null). */
    record Checked(StaffRole role, CareLevel level, IdNumber id, LocalDate start, Employment.Bar bar) {
    }

    /**
     * Everything that could refuse the hiring, before anything is written: the choices, the number, the national ban register
     * (audited), the person's details and name, an employment there already. Throws the first refusal.
     */
    Checked check(InstitutionRoster.Entry institution, NewHire hire) {
        if (institution.terminated()) {
            throw PlatformException.conflict("workforce.institution.terminated", institution.name());
        }
        StaffRole role = Labelled.parse(StaffRole.class, hire.role(), "岗位");
        CareLevel level = Labelled.parseOr(CareLevel.class, hire.careLevel(), "护理员等级", null);
        IdNumber id = people.parse(hire.idNumber());
        LocalDate today = today();
        LocalDate start = hire.startDate() == null ? today : hire.startDate();
        BanCheck.Verdict verdict = bans.check(id, "录用核查：" + institution.name() + "（" + role.label() + "）", today, start);
        Employment.Bar bar = verdict.banned() ? bar(verdict) : null;
        Employment.requireHireable(role, level, start, bar, today);
        Person.Details details = details(hire);
        Person.validate(details, today);
        people.find(id).ifPresent(p -> {
            p.requireSameName(details);
            if (employments.currentAt(p.id(), institution.id())) {
                throw PlatformException.conflict("workforce.hire.alreadyEmployed", p.idNumberMasked());
            }
        });
        return new Checked(role, level, id, start, bar);
    }

    /**
     * Makes a checked hiring: registers (or updates) the person and saves the employment. Two clerks registering the same
     * person or hiring at the same institution at once: one succeeds, the other gets a 409 and may try again.
     */
    Employment hireChecked(InstitutionRoster.Entry institution, NewHire hire, Checked c) {
        Caller caller = Caller.current();
        Instant now = Instant.now(clock);
        try {
            Person person = people.registerOrUpdate(c.id(), details(hire), caller.name(), now);
            return employments.save(Employment.hire(person.id(), institution.id(), institution.regionCode(), c.role(), c.level(),
                    c.start(), c.bar(), today(), caller.name(), now));
        } catch (DataAccessException e) {
            if (Failures.isDuplicateKey(e) || Failures.isOptimisticLock(e)) {
                throw PlatformException.conflict("workforce.hire.concurrent", c.id().masked());
            }
            throw e;
        }
    }

    private static Person.Details details(NewHire hire) {
        return new Person.Details(hire.name(), hire.phone(), hire.inTradeSince(), hire.priorEmployers());
    }

    private static Employment.Bar bar(BanCheck.Verdict verdict) {
        BanCheck.Finding f = verdict.barring();
        return new Employment.Bar(verdict.idNumberMasked(), f.endDate(), f.issuingAuthority(), f.sourceDocument());
    }

    /** Ends a current employment (its institution's own account, or a supervisor). */
    @Transactional
    public Employment end(long employmentId, LocalDate endDate, String reason) {
        Caller caller = Caller.current();
        Employment e = workplaces.maintainableEmployment(employmentId);
        e.end(endDate, reason, today(), caller.name(), Instant.now(clock));
        return save(e);
    }

    private Employment save(Employment e) {
        try {
            return employments.save(e);
        } catch (DataAccessException ex) {
            throw Failures.isOptimisticLock(ex) ? PlatformException.conflict("workforce.employment.changed") : ex;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
