package org.eldercare.oversight.workforce.staff;

import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.codes.MobilePhone;
import org.eldercare.oversight.common.AggregateRoot;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person in the staff registry (WRK-1), registered once in the whole country: name, 公民身份号码 (stored encrypted, with
 * its blind index for exact search and a masked copy for display), mobile phone (shown masked), the year the person entered
 * eldercare work and earlier employers outside the platform.
 */
@Table("staff_person")
public class Person extends AggregateRoot<Person> {

    /** The ID number as stored: ciphertext, blind index, masked form. */
    public record ProtectedId(String encrypted, String index, String masked) {
    }

    /** What a hiring says about the person besides the number. */
    public record Details(String name, String phone, Integer inTradeSince, String priorEmployers) {
    }

    @Id
    private Long id;
    private String name;
    private String idNumberEnc;
    private String idNumberIdx;
    private String idNumberMasked;
    private String phone;
    private Integer inTradeSince;
    private String priorEmployers;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private int version;

    Person() {
    }

    static Person register(Details d, ProtectedId id, LocalDate today, String by, Instant now) {
        Person p = new Person();
        p.name = name(d.name());
        p.idNumberEnc = id.encrypted();
        p.idNumberIdx = id.index();
        p.idNumberMasked = id.masked();
        p.createdAt = now;
        p.createdBy = by;
        p.apply(d, today, by, now);
        return p;
    }

    /**
     * A later hiring of the same person: the name must be the registered one (the number decides who it is); a phone, a
     * start year or earlier employers given replace the registered ones.
     */
    void rehire(Details d, LocalDate today, String by, Instant now) {
        requireSameName(d);
        apply(d, today, by, now);
    }

    /** Throws, as registering would, unless {@code d} is acceptable: a name, a valid mobile number, a plausible start year. */
    static void validate(Details d, LocalDate today) {
        name(d.name());
        if (d.phone() != null && !d.phone().isBlank()) {
            MobilePhone.parse(d.phone());
        }
        if (d.inTradeSince() != null && (d.inTradeSince() < 1950 || d.inTradeSince() > today.getYear())) {
            throw PlatformException.badRequest("workforce.person.inTradeSince", String.valueOf(today.getYear()));
        }
        if (d.priorEmployers() != null && d.priorEmployers().trim().length() > 500) {
            throw PlatformException.badRequest("field.tooLong", "以往工作单位", "500");
        }
    }

    /** Throws unless {@code d} names this person (the number decides who it is; the name must match it). */
    void requireSameName(Details d) {
        if (!name.equals(name(d.name()))) {
            throw PlatformException.conflict("workforce.person.nameMismatch", idNumberMasked);
        }
    }

    private void apply(Details d, LocalDate today, String by, Instant now) {
        validate(d, today);
        if (d.phone() != null && !d.phone().isBlank()) {
            phone = MobilePhone.parse(d.phone()).value();
        }
        if (d.inTradeSince() != null) {
            inTradeSince = d.inTradeSince();
        }
        if (d.priorEmployers() != null && !d.priorEmployers().isBlank()) {
            priorEmployers = d.priorEmployers().trim();
        }
        updatedAt = now;
        updatedBy = by;
    }

    private static String name(String raw) {
        if (raw == null || raw.isBlank()) {
            throw PlatformException.badRequest("field.required", "姓名");
        }
        String n = raw.trim();
        if (n.length() > 50) {
            throw PlatformException.badRequest("field.tooLong", "姓名", "50");
        }
        return n;
    }

    /** Whole years in the trade as of {@code today} (null when the start year is unknown). */
    public Integer yearsInTrade(LocalDate today) {
        return inTradeSince == null ? null : today.getYear() - inTradeSince;
    }

    public Long id() { return id; }
    public String name() { return name; }
    String idNumberEnc() { return idNumberEnc; }
    public String idNumberMasked() { return idNumberMasked; }
    public String phoneMasked() { return MobilePhone.mask(phone); }
    public Integer inTradeSince() { return inTradeSince; }
    public String priorEmployers() { return priorEmployers; }
}
