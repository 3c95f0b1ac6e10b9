package org.eldercare.oversight.workforce.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eldercare.oversight.common.AggregateRoot;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's employment at an institution (WRK-1): role (养老护理员 with a level), start and end dates. 在职 → 已离职 (end
 * date, reason); 在职 → 在职·命中行业禁入 when a ban is entered later (WRK-3), and from there to 已离职. Hiring someone an
 * industry ban bars is refused. Every step is recorded with who, when and why.
 */
@Table("staff_employment")
public class Employment extends AggregateRoot<Employment> {

    /** How far ahead an employment may be entered (signed contract, first day to come). */
    static final int MAX_DAYS_AHEAD = 90;

    /** A person was hired. */
    public record Hired(long employmentId, long personId, long institutionId, String regionCode, StaffRole role) {
    }

    /** A ban entered after the hiring bars the person: the supervisors of the employment's region are told. */
    public record Flagged(long employmentId, long personId, long institutionId, String regionCode, long banId, LocalDate banEnd) {
    }

    /** The ban that flagged the employment was revoked (entered in error): back to 在职. */
    public record Cleared(long employmentId, long institutionId, long banId) {
    }

    /** The employment ended. */
    public record Ended(long employmentId, long personId, long institutionId, String regionCode, LocalDate endDate) {
    }

    /** The ban that bars a hiring, as the refusal names it (the number masked). */
    public record Bar(String idNumberMasked, LocalDate endDate, String issuingAuthority, String sourceDocument) {
    }

    @Id
    private Long id;
    private Long personId;
    private Long institutionId;
    private String regionCode;
    private StaffRole role;
    private CareLevel careLevel;
    private LocalDate startDate;
    private LocalDate endDate;
    private EmploymentStatus status;
    private Long flaggedBanId;
    private String endReason;
    private Instant createdAt;
    private String createdBy;
    @Version
    private int version;
    @MappedCollection(idColumn = "employment_id", keyColumn = "seq")
    private List<EmploymentTransition> transitions = new ArrayList<>();

    Employment() {
    }

    /**
     * Hires {@code personId} at the institution (its township {@code regionCode}). Refused when {@code bar} is not null (an
     * industry ban bars the person), without a role, with a level for anyone but a 养老护理员, or with a start date missing or
     * more than {@value #MAX_DAYS_AHEAD} days ahead.
     */
    static Employment hire(long personId, long institutionId, String regionCode, StaffRole role, CareLevel level, LocalDate start,
                           Bar bar, LocalDate today, String by, Instant now) {
        requireHireable(role, level, start, bar, today);
        Employment e = new Employment();
        e.personId = personId;
        e.institutionId = institutionId;
        e.regionCode = regionCode;
        e.role = role;
        e.careLevel = level;
        e.startDate = start;
        e.status = EmploymentStatus.ACTIVE;
        e.createdAt = now;
        e.createdBy = by;
        e.transitions.add(new EmploymentTransition(null, EmploymentStatus.ACTIVE, now, by, "入职 " + start));
        e.registerEvent(self -> new Hired(self.id, self.personId, self.institutionId, self.regionCode, self.role));
        return e;
    }

    /** Throws, as {@link #hire} would, unless a hiring with these facts may be made. */
    static void requireHireable(StaffRole role, CareLevel level, LocalDate start, Bar bar, LocalDate today) {
        if (bar != null) {
            throw PlatformException.conflict("workforce.hire.banned", bar.idNumberMasked(), bar.endDate().toString(),
                    bar.issuingAuthority(), bar.sourceDocument());
        }
        if (role == null) {
            throw PlatformException.badRequest("field.required", "岗位");
        }
        if (level != null && role != StaffRole.CARE_WORKER) {
            throw PlatformException.badRequest("workforce.hire.levelOnlyCareWorker");
        }
        if (start == null) {
            throw PlatformException.badRequest("field.required", "入职日期");
        }
        if (start.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw PlatformException.badRequest("workforce.hire.startTooLate", String.valueOf(MAX_DAYS_AHEAD));
        }
    }

    /**
     * A ban entered after the hiring bars the person ({@code banId}, ending {@code banEnd}). Only a current employment is
     * flagged; one already flagged keeps its first ban and records nothing new (false).
     */
    boolean flag(long banId, LocalDate banEnd, String by, Instant now) {
        if (status == EmploymentStatus.ENDED) {
            throw PlatformException.conflict("workforce.employment.ended");
        }
        if (status == EmploymentStatus.FLAGGED) {
            return false;
        }
        flaggedBanId = banId;
        move(EmploymentStatus.FLAGGED, by, now, "命中行业禁入（禁入期至 " + banEnd + "）");
        registerEvent(new Flagged(id, personId, institutionId, regionCode, banId, banEnd));
        return true;
    }

    /** The ban that flagged this employment was revoked: 在职·命中行业禁入 → 在职. Any other employment stays as it is (false). */
    boolean clearFlag(long banId, String by, Instant now) {
        if (status != EmploymentStatus.FLAGGED || flaggedBanId == null || flaggedBanId != banId) {
            return false;
        }
        flaggedBanId = null;
        move(EmploymentStatus.ACTIVE, by, now, "行业禁入记录已撤销");
        registerEvent(new Cleared(id, institutionId, banId));
        return true;
    }

    /** Ends a current employment on {@code end} (not before the start, not after today), with an optional reason. */
    void end(LocalDate end, String reason, LocalDate today, String by, Instant now) {
        if (status == EmploymentStatus.ENDED) {
            throw PlatformException.conflict("workforce.employment.ended");
        }
        if (end == null) {
            throw PlatformException.badRequest("field.required", "离职日期");
        }
        if (end.isBefore(startDate) || end.isAfter(today)) {
            throw PlatformException.badRequest("workforce.employment.endDate");
        }
        if (reason != null && reason.trim().length() > 200) {
            throw PlatformException.badRequest("field.tooLong", "离职原因", "200");
        }
        endDate = end;
        endReason = reason == null || reason.isBlank() ? null : reason.trim();
        move(EmploymentStatus.ENDED, by, now, "离职 " + end + (endReason == null ? "" : "：" + endReason));
        registerEvent(new Ended(id, personId, institutionId, regionCode, end));
    }

    private void move(EmploymentStatus to, String by, Instant now, String reason) {
        transitions.add(new EmploymentTransition(status, to, now, by, reason));
        status = to;
    }

    public Long id() { return id; }
    public Long personId() { return personId; }
    public Long institutionId() { return institutionId; }
    public String regionCode() { return regionCode; }
    public StaffRole role() { return role; }
    public CareLevel careLevel() { return careLevel; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public EmploymentStatus status() { return status; }
    public Long flaggedBanId() { return flaggedBanId; }
    public String endReason() { return endReason; }
    public List<EmploymentTransition> transitions() { return List.copyOf(transitions); }
}
