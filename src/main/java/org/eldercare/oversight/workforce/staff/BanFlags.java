package org.eldercare.oversight.workforce.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.workforce.access.Caller;
import org.eldercare.oversight.workforce.ban.BanRegister;
import org.eldercare.oversight.workforce.ban.IndustryBan;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * WRK-3: a ban entered after a hiring flags every current employment of the person, in the whole country (each flag
 * tells the supervisors of that employment's region, {@link StaffTasks}); an expired entry flags nothing. A revoked entry
 * (entered in error) clears the flags it set. Runs in the transaction that saves the entry.
 */
@Component
class BanFlags {

    private final BanRegister bans;
    private final StaffPeople people;
    private final EmploymentRepository employments;
    private final Clock clock;

    BanFlags(BanRegister bans, StaffPeople people, EmploymentRepository employments, Clock clock) {
        this.bans = bans;
        this.people = people;
        this.employments = employments;
        this.clock = clock;
    }

    @EventListener
    void on(IndustryBan.Added e) {
        if (LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).isAfter(e.endDate())) {
            return;
        }
        people.find(bans.idNumberOf(e.banId())).ifPresent(person -> {
            String by = Caller.current().name();
            Instant now = Instant.now(clock);
            for (long id : employments.currentIds(person.id())) {
                Employment employment = employments.findById(id).orElseThrow();
                if (employment.flag(e.banId(), e.endDate(), by, now)) {
                    employments.save(employment);
                }
            }
        });
    }

    @EventListener
    void on(IndustryBan.Revoked e) {
        String by = Caller.current().name();
        Instant now = Instant.now(clock);
        for (long id : employments.flaggedBy(e.banId())) {
            Employment employment = employments.findById(id).orElseThrow();
            if (employment.clearFlag(e.banId(), by, now)) {
                employments.save(employment);
            }
        }
    }
}
