package org.eldercare.oversight.inspection.inspector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.inspection.catalogue.Department;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person of the inspector directory with an enforcement credential (执法证号, valid until a day), a department, a region,
 * an own township (a conflict for every site there) and declared conflicts (回避) with service sites.
 */
@Table("inspector")
public class Inspector {

    /** What a supervisor enters. */
    public record Input(String name, Department department, String regionCode, String homeTownshipCode, String credentialNo,
                        LocalDate credentialValidUntil, Boolean active) {
    }

    /** A declared conflict with a service site (registry institution id). */
    @Table("inspector_conflict")
    public record Conflict(@Id Long id, long institutionId, String reason, Instant declaredAt, String declaredBy) {
    }

    @Id
    private Long id;
    private Long userId;
    private String name;
    private String departmentCode;
    private String regionCode;
    private String homeTownshipCode;
    private String credentialNo;
    private LocalDate credentialValidUntil;
    private boolean active;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private int version;
    @MappedCollection(idColumn = "inspector_id")
    private Set<Conflict> conflicts = new HashSet<>();

    Inspector() {
    }

    static Inspector create(Input in, String by, Instant now) {
        Inspector i = new Inspector();
        i.apply(in);
        i.createdAt = now;
        i.createdBy = by;
        return i;
    }

    void update(Input in, String by, Instant now) {
        apply(in);
        updatedAt = now;
        updatedBy = by;
    }

    private void apply(Input in) {
        name = required(in.name(), "姓名", 64);
        if (in.department() == null) {
            throw PlatformException.badRequest("field.required", "所属部门");
        }
        departmentCode = in.department().name();
        regionCode = required(in.regionCode(), "所属区划", 12);
        homeTownshipCode = in.homeTownshipCode() == null || in.homeTownshipCode().isBlank() ? null : in.homeTownshipCode().trim();
        credentialNo = required(in.credentialNo(), "执法证号", 64);
        if (in.credentialValidUntil() == null) {
            throw PlatformException.badRequest("field.required", "执法证有效期");
        }
        credentialValidUntil = in.credentialValidUntil();
        active = in.active() == null || in.active();
    }

    /** Declares a conflict with a site; declaring one twice is refused. */
    void declareConflict(long institutionId, String reason, String by, Instant now) {
        if (conflicts.stream().anyMatch(c -> c.institutionId() == institutionId)) {
            throw PlatformException.conflict("inspection.inspector.conflictExists");
        }
        conflicts.add(new Conflict(null, institutionId, required(reason, "回避原因", 200), now, by));
    }

    /** Whether the credential is valid (and the inspector active) on {@code day}. */
    public boolean credentialValidOn(LocalDate day) {
        return active && credentialValidUntil != null && !credentialValidUntil.isBefore(day);
    }

    /** Whether the inspector must step aside at a site (declared conflict, or the site lies in the own township). */
    public boolean conflictedWith(long institutionId, String siteRegionCode) {
        boolean ownTownship = homeTownshipCode != null && siteRegionCode != null && (siteRegionCode.equals(homeTownshipCode)
                || homeTownshipCode.length() == 12 && homeTownshipCode.endsWith("000")
                && siteRegionCode.startsWith(homeTownshipCode.substring(0, 9)));
        return ownTownship || conflicts.stream().anyMatch(c -> c.institutionId() == institutionId);
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw PlatformException.badRequest("field.required", field);
        }
        if (value.trim().length() > max) {
            throw PlatformException.badRequest("field.tooLong", field, String.valueOf(max));
        }
        return value.trim();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String departmentLabel() {
        return Department.labelOf(departmentCode);
    }

    public String regionCode() {
        return regionCode;
    }

    public String homeTownshipCode() {
        return homeTownshipCode;
    }

    public String credentialNo() {
        return credentialNo;
    }

    public LocalDate credentialValidUntil() {
        return credentialValidUntil;
    }

    public boolean active() {
        return active;
    }

    public Set<Conflict> conflicts() {
        return Set.copyOf(conflicts);
    }
}
