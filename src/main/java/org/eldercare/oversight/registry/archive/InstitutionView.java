package org.eldercare.oversight.registry.archive;

import org.eldercare.oversight.registry.filing.Filing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.codes.MobilePhone;

/**
 * An institution as the API and pages show it (the contact phone masked). {@code buildingHazardCandidate}: the latest
 * 房屋安全鉴定 is grade C or D (REG-9, a 重大事故隐患 candidate). {@code name} is the service site's name as operated;
 * {@code legalName} the entity's registered name, {@code siteCode} how people name the site (REG-10, {@link SiteCode}).
 */
public record InstitutionView(long id, String uscc, String name, String legalForm, String legalFormLabel, String kind,
                              String kindLabel, String address, String regionCode, String legalRepName, String principalName,
                              String contactName, String contactPhoneMasked, int bedsTotal, int nursingBeds, int residents,
                              int staff, BigDecimal floorArea, boolean hasMedicalUnit, boolean medicalInsuranceDesignated,
                              String fireAcceptance, String fireAcceptanceLabel, boolean foodLicense,
                              boolean publicBuiltPrivateRun, boolean safetyNet, boolean partyOrganisation,
                              String operatingStatus, String operatingStatusLabel, LocalDate firstAdmissionDate,
                              LocalDate unfiledDiscoveredDate, String filingStatus, String filingStatusLabel,
                              Instant updatedAt, String updatedBy, List<FilingView> filings, List<String> warnings,
                              boolean selfBuilt, LocalDate appraisalDate, String appraisalGrade, String appraisalGradeLabel,
                              boolean buildingHazardCandidate, String fireStandard, String fireStandardLabel,
                              LocalDate fireStandardDate, String fireStandardEvidence, int siteNo, String siteCode,
                              String legalName, String lifeEvent, String lifeEventLabel, LocalDate lifeEventDate,
                              String lifeEventReason, Long successorId, LocalDate transitionStartsOn,
                              LocalDate transitionEndsOn) {

    /** {@code authorityCode}: the filing bureau's region (REG-3), fixed at submission; {@code premises}: REG-11. */
    public record FilingView(long id, String kind, String kindLabel, String status, String statusLabel, String receiptNo,
                             LocalDate filedDate, boolean late, LocalDate lateDeadline, String returnReasons, String revokeReason,
                             LocalDate firstAdmissionDate, String changeSummary, Instant submittedAt, String authorityCode,
                             String premises, List<TransitionView> transitions) {
    }

    /** {@code note}: a decision taken on behalf of the filing authority, or materials missing without blocking the filing. */
    public record TransitionView(String from, String to, Instant at, String by, String reason, String deciderRegionCode,
                                 String note) {
    }

    /** Without the warnings, for documents such as the receipt. */
    public static InstitutionView of(Institution i, List<Filing> filings) {
        return of(i, filings, List.of());
    }

    /** {@code warnings}: what deserves a second look (#9 item 14, {@link ArchiveWarnings}). */
    static InstitutionView of(Institution i, List<Filing> filings, List<String> warnings) {
        BuildingSafety b = i.building();
        LifeCycle l = i.life();
        return new InstitutionView(i.id(), i.uscc(), i.name(), i.legalForm().name(), i.legalForm().label(), i.kind().name(),
                i.kind().label(), i.address(), i.regionCode(), i.legalRepName(), i.principalName(), i.contactName(),
                MobilePhone.mask(i.contactPhone()), i.bedsTotal(), i.nursingBeds(), i.residents(), i.staff(), i.floorArea(),
                i.hasMedicalUnit(), i.medicalInsuranceDesignated(), i.fireAcceptance().name(), i.fireAcceptance().label(),
                i.foodLicense(), i.publicBuiltPrivateRun(), i.safetyNet(), i.partyOrganisation(), i.operatingStatus().name(),
                i.operatingStatus().label(), i.firstAdmissionDate(), i.unfiledDiscoveredDate(), i.filingStatus().name(),
                i.filingStatus().labelWhile(filings.stream().anyMatch(f -> f.status() == Filing.Status.SUBMITTED)), i.updatedAt(),
                i.updatedBy(), filings.stream().map(InstitutionView::of).toList(), warnings, b.selfBuilt(), b.appraisalDate(),
                b.appraisalGrade() == null ? null : b.appraisalGrade().name(),
                b.appraisalGrade() == null ? null : b.appraisalGrade().label(),
                b.unsafe(), b.fireStandard().name(), b.fireStandard().label(), b.fireStandardDate(), b.fireStandardEvidence(),
                i.siteNo(), SiteCode.format(i.uscc(), i.siteNo()), i.legalName(), l.lifeEvent() == null ? null : l.lifeEvent().name(),
                l.lifeEvent() == null ? null : l.lifeEvent().label(), l.lifeEventDate(), l.lifeEventReason(), l.successorId(),
                l.transitionStartsOn(), l.transitionEndsOn());
    }

    public static FilingView of(Filing f) {
        return new FilingView(f.id(), f.kind().name(), f.kind().label(), f.status().name(), f.status().label(), f.receiptNo(),
                f.filedDate(), f.late(), f.lateDeadline(), f.returnReasons(), f.revokeReason(), f.firstAdmissionDate(),
                f.changeSummary(), f.submittedAt(), f.authorityCode(), f.premises() == null ? null : f.premises().name(),
                f.transitions().stream()
                        .map(t -> new TransitionView(label(t.fromStatus()), label(t.toStatus()), t.at(), t.byUser(), t.reason(),
                                t.deciderRegionCode(), t.note()))
                        .toList());
    }

    private static String label(Filing.Status status) {
        return status == null ? null : status.label();
    }
}
