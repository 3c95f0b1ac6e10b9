package org.eldercare.oversight.workforce.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.eldercare.oversight.workforce.access.Caller;
import org.springframework.stereotype.Component;

/**
 * An employee's record as the pages and the API show it (WRK-1): the person, the employment, and the person's other
 * employments the caller may see (an institution account: only those at its own institution). Nothing unmasked.
 */
@Component
public class StaffDirectory {

    private final Workplaces workplaces;
    private final StaffPeople people;
    private final EmploymentRepository employments;
    private final Clock clock;

    StaffDirectory(Workplaces workplaces, StaffPeople people, EmploymentRepository employments, Clock clock) {
        this.workplaces = workplaces;
        this.people = people;
        this.employments = employments;
        this.clock = clock;
    }

    /** An employment in short, for the header of every page about the employee and for the history. */
    public record Card(long employmentId, long personId, String name, String idNumberMasked, String phoneMasked,
                       long institutionId, String institutionName, String regionCode, String role, String roleLabel,
                       String careLevelLabel, LocalDate startDate, LocalDate endDate, String status, String statusLabel,
                       Integer inTradeSince, Integer yearsInTrade, String priorEmployers, boolean maintainable) {

        public boolean current() {
            return !EmploymentStatus.ENDED.name().equals(status);
        }

        public boolean flagged() {
            return EmploymentStatus.FLAGGED.name().equals(status);
        }
    }

    /** The record of employment {@code id}: the card, the steps it went through, and the person's employments in reach. */
    public record Record(Card card, List<EmploymentTransition> steps, List<Card> history, Long flaggedBanId) {
    }

    /** The card of an employment the caller may read (404 otherwise). */
    public Card card(long employmentId) {
        return card(workplaces.readableEmployment(employmentId), Caller.current());
    }

    public Record record(long employmentId) {
        Caller caller = Caller.current();
        Employment e = workplaces.readableEmployment(employmentId);
        List<Card> history = employments.findByPersonIdOrderByStartDateDesc(e.personId()).stream()
                .filter(o -> workplaces.reaches(caller, o.institutionId(), o.regionCode()))
                .map(o -> card(o, caller)).toList();
        return new Record(card(e, caller), e.transitions(), history, e.flaggedBanId());
    }

    private Card card(Employment e, Caller caller) {
        Person p = people.get(e.personId());
        InstitutionRoster.Entry inst = workplaces.institution(e.institutionId());
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        boolean maintainable = caller.ownInstitution(e.institutionId()) || (caller.supervisor() && !caller.institutionOnly());
        return new Card(e.id(), p.id(), p.name(), p.idNumberMasked(), p.phoneMasked(), inst.id(), inst.name(), e.regionCode(),
                e.role().name(), e.role().label(), e.careLevel() == null ? null : e.careLevel().label(), e.startDate(), e.endDate(),
                e.status().name(), e.status().label(), p.inTradeSince(), p.yearsInTrade(today), p.priorEmployers(), maintainable);
    }
}
