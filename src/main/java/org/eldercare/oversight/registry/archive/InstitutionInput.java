package org.eldercare.oversight.registry.archive;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An institution as entered in the archive form or the API body: the code plus the facts (REG-1). */
public record InstitutionInput(String uscc, String name, String legalForm, String kind, String address, String regionCode,
                        String legalRepName, String principalName, String contactName, String contactPhone,
                        Integer bedsTotal, Integer nursingBeds, Integer residents, Integer staff, BigDecimal floorArea,
                        Boolean hasMedicalUnit, Boolean medicalInsuranceDesignated, String fireAcceptance,
                        Boolean foodLicense, Boolean publicBuiltPrivateRun, Boolean safetyNet, Boolean partyOrganisation,
                        String operatingStatus, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstAdmissionDate,
                        Boolean selfBuilt, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appraisalDate, String appraisalGrade,
                        String fireStandard, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fireStandardDate,
                        String fireStandardEvidence) {

    public InstitutionFacts facts() {
        return new InstitutionFacts(name, legalForm, kind, address, regionCode, legalRepName, principalName, contactName,
                contactPhone, bedsTotal, nursingBeds, residents, staff, floorArea, hasMedicalUnit, medicalInsuranceDesignated,
                fireAcceptance, foodLicense, publicBuiltPrivateRun, safetyNet, partyOrganisation, operatingStatus, firstAdmissionDate,
                selfBuilt, appraisalDate, appraisalGrade, fireStandard, fireStandardDate, fireStandardEvidence);
    }

    /** The same input with another contact phone (a blank phone in the form keeps the stored one). */
    InstitutionInput withContactPhone(String phone) {
        return new InstitutionInput(uscc, name, legalForm, kind, address, regionCode, legalRepName, principalName, contactName, phone,
                bedsTotal, nursingBeds, residents, staff, floorArea, hasMedicalUnit, medicalInsuranceDesignated, fireAcceptance,
                foodLicense, publicBuiltPrivateRun, safetyNet, partyOrganisation, operatingStatus, firstAdmissionDate, selfBuilt,
                appraisalDate, appraisalGrade, fireStandard, fireStandardDate, fireStandardEvidence);
    }

    static InstitutionInput empty() {
        return new InstitutionInput("", "", "NON_PROFIT", "NURSING_HOME", "", "", "", "", "", "", 0, 0, 0, 0, null, false, false,
                "UNKNOWN", false, false, false, false, "OPERATING", null, false, null, "", "NOT_STARTED", null, "");
    }

    /** A further service site's form (REG-10): the entity's code and legal facts, the site's own facts still empty. */
    static InstitutionInput siteOf(InstitutionView seat) {
        InstitutionInput e = empty();
        return new InstitutionInput(seat.uscc(), "", seat.legalForm(), e.kind(), "", "", seat.legalRepName(), "", "", "", 0, 0, 0, 0,
                null, false, false, e.fireAcceptance(), false, false, false, false, e.operatingStatus(), null, false, null, "",
                e.fireStandard(), null, "");
    }

    static InstitutionInput of(InstitutionView v) {
        return new InstitutionInput(v.uscc(), v.name(), v.legalForm(), v.kind(), v.address(), v.regionCode(), v.legalRepName(),
                v.principalName(), v.contactName(), "", v.bedsTotal(), v.nursingBeds(), v.residents(), v.staff(), v.floorArea(),
                v.hasMedicalUnit(), v.medicalInsuranceDesignated(), v.fireAcceptance(), v.foodLicense(), v.publicBuiltPrivateRun(),
                v.safetyNet(), v.partyOrganisation(), v.operatingStatus(), v.firstAdmissionDate(), v.selfBuilt(), v.appraisalDate(),
                v.appraisalGrade(), v.fireStandard(), v.fireStandardDate(), v.fireStandardEvidence());
    }
}
