package org.eldercare.oversight.registry.archive;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The facts of an institution (REG-1) as a supervisor enters them. Enumerations travel as their names
 * (see {@link LegalForm}, {@link InstitutionKind} …); null numbers count as 0 and null flags as false. The last six are the
 * building and fire-safety facts (REG-9, HAZ-7; {@link AppraisalGrade}, {@link FireStandardisation}).
 */
public record InstitutionFacts(String name, String legalForm, String kind, String address, String regionCode,
                               String legalRepName, String principalName, String contactName, String contactPhone,
                               Integer bedsTotal, Integer nursingBeds, Integer residents, Integer staff, BigDecimal floorArea,
                               Boolean hasMedicalUnit, Boolean medicalInsuranceDesignated, String fireAcceptance,
                               Boolean foodLicense, Boolean publicBuiltPrivateRun, Boolean safetyNet, Boolean partyOrganisation,
                               String operatingStatus, LocalDate firstAdmissionDate, Boolean selfBuilt, LocalDate appraisalDate,
                               String appraisalGrade, String fireStandard, LocalDate fireStandardDate, String fireStandardEvidence) {

    /** What an institution user may report about itself: contact and self-reported facts. */
    public record SelfReported(String contactName, String contactPhone, Integer bedsTotal, Integer nursingBeds,
                               Integer residents, Integer staff, Boolean hasMedicalUnit, Boolean medicalInsuranceDesignated,
                               Boolean foodLicense, Boolean partyOrganisation) {

        /** The same report with another contact phone (a blank phone on the form keeps the stored one). */
        public SelfReported withContactPhone(String phone) {
            return new SelfReported(contactName, phone, bedsTotal, nursingBeds, residents, staff, hasMedicalUnit,
                    medicalInsuranceDesignated, foodLicense, partyOrganisation);
        }
    }

    /** The part of the facts an institution user may report about itself. */
    SelfReported selfReported() {
        return new SelfReported(contactName, contactPhone, bedsTotal, nursingBeds, residents, staff, hasMedicalUnit,
                medicalInsuranceDesignated, foodLicense, partyOrganisation);
    }

    /** The same facts with the legal entity's legal form and representative (a further site of a code, REG-10). */
    public InstitutionFacts withLegal(String entityLegalForm, String entityLegalRep) {
        return new InstitutionFacts(name, entityLegalForm, kind, address, regionCode, entityLegalRep, principalName, contactName,
                contactPhone, bedsTotal, nursingBeds, residents, staff, floorArea, hasMedicalUnit, medicalInsuranceDesignated,
                fireAcceptance, foodLicense, publicBuiltPrivateRun, safetyNet, partyOrganisation, operatingStatus,
                firstAdmissionDate, selfBuilt, appraisalDate, appraisalGrade, fireStandard, fireStandardDate, fireStandardEvidence);
    }

    /** The same facts with other building and fire-safety facts (REG-9, HAZ-7). */
    public InstitutionFacts withBuilding(Boolean selfBuilt, LocalDate appraisalDate, String appraisalGrade, String fireStandard,
                                         LocalDate fireStandardDate, String fireStandardEvidence) {
        return new InstitutionFacts(name, legalForm, kind, address, regionCode, legalRepName, principalName, contactName, contactPhone,
                bedsTotal, nursingBeds, residents, staff, floorArea, hasMedicalUnit, medicalInsuranceDesignated, fireAcceptance,
                foodLicense, publicBuiltPrivateRun, safetyNet, partyOrganisation, operatingStatus, firstAdmissionDate, selfBuilt,
                appraisalDate, appraisalGrade, fireStandard, fireStandardDate, fireStandardEvidence);
    }
}
