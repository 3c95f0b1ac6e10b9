package org.eldercare.oversight.registry.archive;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.common.AggregateRoot;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.registry.BuildingRatedUnsafe;
import org.eldercare.oversight.registry.InstitutionFiled;
import org.eldercare.oversight.registry.UnfiledInstitutionDiscovered;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An elderly-care institution's archive entry (REG-1): one service site (服务场所, REG-10) of a legal entity. The entity is
 * its 统一社会信用代码; its sites in one county share the code and are numbered by {@code siteNo} (1 is the registered seat,
 * ADR 0017). Beds, residents, fire approval, filing, inspections and hazards belong to the site. Every change goes through
 * {@link #apply} or {@link #applySelfReported}, which validate the facts and return what changed (before/after)
 * so the service can version it.
 */
@Table("institution")
public class Institution extends AggregateRoot<Institution> {

    /** A new archive entry was created (REG-1). */
    public record Archived(long institutionId, String uscc, String name, String regionCode) {
    }

    /** REG-2: the institution's filing no longer stands (its initial filing was revoked): nothing of it stays public. */
    public record FilingRevoked(long institutionId) {
    }

    @Id
    private Long id;
    private String uscc;
    private int siteNo = 1;
    private String legalName;
    private String name;
    private LegalForm legalForm;
    private InstitutionKind kind;
    private String address;
    private String regionCode;
    private String legalRepName;
    private String principalName;
    private String contactName;
    private String contactPhone;
    private int bedsTotal;
    private int nursingBeds;
    private int residents;
    private int staff;
    private BigDecimal floorArea;
    private boolean hasMedicalUnit;
    private boolean medicalInsuranceDesignated;
    private FireAcceptance fireAcceptance = FireAcceptance.UNKNOWN;
    private boolean foodLicense;
    private boolean publicBuiltPrivateRun;
    private boolean safetyNet;
    private boolean partyOrganisation;
    @Embedded.Empty
    private BuildingSafety building = BuildingSafety.NONE;
    @Embedded.Empty
    private LifeCycle life = LifeCycle.NONE;
    private OperatingStatus operatingStatus = OperatingStatus.OPERATING;
    private LocalDate firstAdmissionDate;
    private LocalDate unfiledDiscoveredDate;
    private FilingState filingStatus = FilingState.UNFILED;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private int version;

    Institution() {
    }

    static Institution create(Uscc uscc, InstitutionFacts facts, String by, Instant now) {
        Institution i = new Institution();
        i.uscc = uscc.value();
        i.createdAt = now;
        i.createdBy = by;
        i.apply(facts, by, now);
        i.legalName = i.name;
        i.registerEvent(self -> new Archived(self.id, self.uscc, self.name, self.regionCode));
        return i;
    }

    /** REG-10: site {@code siteNo} of {@code seat}'s entity, whose facts (name, legal form, representative) it takes. */
    static Institution openSite(Institution seat, int siteNo, InstitutionFacts facts, String by, Instant now) {
        Institution i = new Institution();
        i.uscc = seat.uscc;
        i.siteNo = siteNo;
        i.createdAt = now;
        i.createdBy = by;
        i.apply(facts.withLegal(seat.legalForm.name(), seat.legalRepName), by, now);
        i.legalName = seat.legalName();
        i.registerEvent(self -> new Archived(self.id, self.uscc, self.name, self.regionCode));
        return i;
    }

    /** REG-10: the entity's facts as edited on a sibling site; the registered name follows the seat (site 1) only. */
    Map<String, Object[]> adoptEntityFacts(Institution edited, String by, Instant now) {
        if (!edited.uscc.equals(uscc) || edited.id.equals(id)) {
            throw new IllegalArgumentException("not a sibling site");
        }
        Map<String, Object> before = InstitutionSnapshot.of(this);
        legalForm = edited.legalForm;
        legalRepName = edited.legalRepName;
        if (edited.siteNo == 1) {
            legalName = edited.name;
        }
        return touch(before, by, now);
    }

    /** Replaces all supervisor-kept facts; returns the changed fields as label → [before, after]. */
    Map<String, Object[]> apply(InstitutionFacts f, String by, Instant now) {
        Map<String, Object> before = InstitutionSnapshot.of(this);
        BuildingSafety nextBuilding = BuildingSafety.of(f, now);
        name = FieldRules.required(f.name(), "机构名称", 200);
        legalForm = Labelled.parse(LegalForm.class, f.legalForm(), "法人类型");
        kind = Labelled.parse(InstitutionKind.class, f.kind(), "机构类型");
        address = FieldRules.required(f.address(), "地址", 300);
        regionCode = f.regionCode();
        legalRepName = FieldRules.optional(f.legalRepName(), 50);
        principalName = FieldRules.optional(f.principalName(), 50);
        report(f.selfReported());
        floorArea = f.floorArea();
        if (floorArea != null && floorArea.signum() < 0) {
            throw PlatformException.badRequest("registry.count.negative", "建筑面积");
        }
        fireAcceptance = Labelled.parseOr(FireAcceptance.class, f.fireAcceptance(), "消防审验状态", FireAcceptance.UNKNOWN);
        publicBuiltPrivateRun = Boolean.TRUE.equals(f.publicBuiltPrivateRun());
        safetyNet = Boolean.TRUE.equals(f.safetyNet());
        operatingStatus = Labelled.parseOr(OperatingStatus.class, f.operatingStatus(), "运营状态", OperatingStatus.OPERATING);
        firstAdmissionDate = FieldRules.notFuture(f.firstAdmissionDate(), now, "首次收住老人日期");
        checkBeds();
        recordBuilding(nextBuilding);
        if (siteNo == 1 && legalName != null) {
            legalName = name;
        }
        return touch(before, by, now);
    }

    /** A new appraisal of grade C or D is announced ({@link BuildingRatedUnsafe}) once the archive is saved. */
    private void recordBuilding(BuildingSafety next) {
        if (next.unsafe() && next.newAppraisal(building)) {
            registerEvent(self -> new BuildingRatedUnsafe(self.id, self.uscc, self.regionCode, next.appraisalGrade().name(),
                    next.appraisalDate()));
        }
        building = next;
    }

    /** An institution user's own update: contact and self-reported facts only. */
    Map<String, Object[]> applySelfReported(InstitutionFacts.SelfReported f, String by, Instant now) {
        Map<String, Object> before = InstitutionSnapshot.of(this);
        report(f);
        checkBeds();
        return touch(before, by, now);
    }

    /**
     * A filing of this institution was accepted (已备案): it stands as filed, and the registry announces it
     * ({@link InstitutionFiled}, REG-3). {@code initial} is false for a change filing.
     */
    public void markFiled(long filingId, LocalDate firstAdmission, LocalDate filedDate, String receiptNo, boolean initial) {
        filingStatus = FilingState.FILED;
        if (firstAdmissionDate == null && firstAdmission != null) {
            firstAdmissionDate = firstAdmission;
        }
        registerEvent(new InstitutionFiled(id, filingId, uscc, name, regionCode, filedDate, receiptNo, initial));
    }

    public void markRevoked() {
        filingStatus = FilingState.REVOKED;
        registerEvent(new FilingRevoked(id));
    }

    /**
     * REG-3: the first admission of residents, given when a filing is started for an archive that has none. Once the
     * archive has a date it stands (the REG-3 filing deadline counts from it); a correction is an edit of the archive.
     */
    Map<String, Object[]> recordFirstAdmission(LocalDate date, String by, Instant now) {
        if (firstAdmissionDate != null) {
            throw PlatformException.conflict("filing.firstAdmission.archived", firstAdmissionDate.toString());
        }
        Map<String, Object> before = InstitutionSnapshot.of(this);
        firstAdmissionDate = FieldRules.notFuture(date, now, "首次收住老人日期");
        return touch(before, by, now);
    }

    /** REG-3: an unfiled institution was found admitting residents on {@code date}. */
    void recordUnfiledDiscovery(LocalDate date) {
        if (filingStatus == FilingState.FILED) {
            throw PlatformException.conflict("registry.discovery.alreadyFiled");
        }
        unfiledDiscoveredDate = date;
        registerEvent(new UnfiledInstitutionDiscovered(id, uscc, name, regionCode, date));
    }

    /**
     * REG-13 撤并 / 转型: the site stops (已终止) and {@code successor} carries its work on; a 转型 successor is a 日间照料中心
     * or a 农村互助养老服务站. Refused for a site that has ended already, for itself or an ended successor.
     */
    Map<String, Object[]> end(LifeEvent event, Institution successor, LocalDate date, String reason, String by, Instant now) {
        LifeCycle ended = LifeCycle.ending(this, successor, event, date, reason, now);
        Map<String, Object> before = InstitutionSnapshot.of(this);
        operatingStatus = OperatingStatus.TERMINATED;
        life = ended;
        return touch(before, by, now);
    }

    /** REG-12: the land/building transition period starts on {@code startsOn} (null: none) and ends 5 years later. */
    Map<String, Object[]> startTransition(LocalDate startsOn, String by, Instant now) {
        Map<String, Object> before = InstitutionSnapshot.of(this);
        life = life().transitionFrom(FieldRules.notFuture(startsOn, now, "过渡期起始日期"));
        return touch(before, by, now);
    }

    /** REG-12: the supervisors were told that the transition period is ending. */
    void transitionAnnounced(Instant at) {
        life = life().warned(at);
    }

    private void report(InstitutionFacts.SelfReported f) {
        contactName = FieldRules.optional(f.contactName(), 50);
        contactPhone = FieldRules.phone(f.contactPhone());
        bedsTotal = FieldRules.count(f.bedsTotal(), "床位总数");
        nursingBeds = FieldRules.count(f.nursingBeds(), "护理型床位");
        residents = FieldRules.count(f.residents(), "在住老人");
        staff = FieldRules.count(f.staff(), "工作人员");
        hasMedicalUnit = Boolean.TRUE.equals(f.hasMedicalUnit());
        medicalInsuranceDesignated = Boolean.TRUE.equals(f.medicalInsuranceDesignated());
        foodLicense = Boolean.TRUE.equals(f.foodLicense());
        partyOrganisation = Boolean.TRUE.equals(f.partyOrganisation());
    }

    private void checkBeds() {
        if (nursingBeds > bedsTotal) {
            throw PlatformException.badRequest("registry.beds.nursingExceedsTotal", nursingBeds, bedsTotal);
        }
    }

    private Map<String, Object[]> touch(Map<String, Object> before, String by, Instant now) {
        updatedAt = now;
        updatedBy = by;
        return InstitutionSnapshot.changes(before, InstitutionSnapshot.of(this));
    }

    public Long id() { return id; }
    public String uscc() { return uscc; }
    public int siteNo() { return siteNo; }
    public String legalName() { return legalName == null ? name : legalName; }
    public String name() { return name; }
    public LegalForm legalForm() { return legalForm; }
    InstitutionKind kind() { return kind; }
    String address() { return address; }
    public String regionCode() { return regionCode; }
    String legalRepName() { return legalRepName; }
    String principalName() { return principalName; }
    String contactName() { return contactName; }
    String contactPhone() { return contactPhone; }
    int bedsTotal() { return bedsTotal; }
    int nursingBeds() { return nursingBeds; }
    int residents() { return residents; }
    int staff() { return staff; }
    public BigDecimal floorArea() { return floorArea; }
    boolean hasMedicalUnit() { return hasMedicalUnit; }
    boolean medicalInsuranceDesignated() { return medicalInsuranceDesignated; }
    FireAcceptance fireAcceptance() { return fireAcceptance; }
    boolean foodLicense() { return foodLicense; }
    boolean publicBuiltPrivateRun() { return publicBuiltPrivateRun; }
    boolean safetyNet() { return safetyNet; }
    boolean partyOrganisation() { return partyOrganisation; }
    BuildingSafety building() { return building == null ? BuildingSafety.NONE : building; }
    LifeCycle life() { return life == null ? LifeCycle.NONE : life; }
    OperatingStatus operatingStatus() { return operatingStatus; }
    public LocalDate firstAdmissionDate() { return firstAdmissionDate; }
    LocalDate unfiledDiscoveredDate() { return unfiledDiscoveredDate; }
    public FilingState filingStatus() { return filingStatus; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    String updatedBy() { return updatedBy; }
}
