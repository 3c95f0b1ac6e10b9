package org.eldercare.oversight.registry.archive;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The facts of an institution (REG-1) as a supervisor enters them. Enumerations travel as their names
 * (see {@link LegalForm}, {@link InstitutionKind} …); null numbers count as 0 and null flags as false.
 */
public record InstitutionFacts(String name, String legalForm, String kind, String address, String regionCode,
                               String legalRepName, String principalName, String contactName, String contactPhone,
                               Integer bedsTotal, Integer nursingBeds, Integer residents, Integer staff, BigDecimal floorArea,
                               Boolean hasMedicalUnit, Boolean medicalInsuranceDesignated, String fireAcceptance,
                               Boolean foodLicense, Boolean publicBuiltPrivateRun, Boolean safetyNet, Boolean partyOrganisation,
                               String operatingStatus, LocalDate firstAdmissionDate) {

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
}
