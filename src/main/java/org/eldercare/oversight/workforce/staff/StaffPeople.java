package org.eldercare.oversight.workforce.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eldercare.oversight.codes.IdNumber;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.FieldCipher;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.SensitiveDataRevealed;
import org.eldercare.oversight.workforce.access.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persons of the staff registry by their 公民身份号码 (WRK-1), protected as the platform protects account numbers
 * (identity's IdNumberBinding): SM4-GCM ciphertext, HMAC-SM3 blind index for exact search, a masked copy for display. The
 * full number is shown only to a supervisor in scope or the employing institution's own account that states why, after
 * the reveal is audited ({@link SensitiveDataRevealed}).
 */
@Component
public class StaffPeople {

    static final String ID_COLUMN = "staff_person.id_number";
    private final PersonRepository people;
    private final Workplaces workplaces;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffPeople(PersonRepository people, Workplaces workplaces, FieldCipher cipher, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.workplaces = workplaces;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /** A typed number, validated (Chinese 400 when it is not a valid 公民身份号码). */
    public IdNumber parse(String raw) {
        return IdNumber.parse(raw, today());
    }

    /** The registered person with this number (exact match through the blind index, nothing decrypted). */
    public Optional<Person> find(IdNumber id) {
        return people.findByIdNumberIdx(cipher.blindIndex(id.value(), ID_COLUMN));
    }

    public Person get(long personId) {
        return people.findById(personId).orElseThrow();
    }

    /** The person with this number, registered now if new, or updated with what the hiring says. */
    Person registerOrUpdate(IdNumber id, Person.Details details, String by, Instant now) {
        Optional<Person> known = find(id);
        if (known.isPresent()) {
            Person p = known.get();
            p.rehire(details, today(), by, now);
            return people.save(p);
        }
        Person.ProtectedId protectedId = new Person.ProtectedId(cipher.encrypt(id.value(), ID_COLUMN),
                cipher.blindIndex(id.value(), ID_COLUMN), id.masked());
        return people.save(Person.register(details, protectedId, today(), by, now));
    }

    /**
     * The full number of an employee, for a supervisor in scope or the institution's own account (a person's act: never a
     * partner system's token) who states why. Audited before it is returned; if the audit row cannot be written, nothing is
     * revealed.
     */
    @Transactional(readOnly = true)
    public String reveal(long employmentId, String reason) {
        Caller caller = Caller.current();
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw PlatformException.badRequest("user.idNumber.reasonRequired");
        }
        if (caller.user().isApiToken()) {
            throw PlatformException.forbidden("workforce.reveal.accountsOnly");
        }
        Employment e = workplaces.maintainableEmployment(employmentId);
        Person p = get(e.personId());
        events.publishEvent(new SensitiveDataRevealed(caller.name(), caller.roles(), caller.regionCode(), "staff_person",
                String.valueOf(p.id()), "id_number", reason.trim(), Caller.clientIp()));
        return cipher.decrypt(p.idNumberEnc(), ID_COLUMN);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
