package org.eldercare.oversight.registry;

import java.time.LocalDate;

/**
 * A filing was accepted (已备案). REG-3: the filing authority inspects on site within 20 working days of
 * {@code filedDate}. {@code initial} is false for a change filing.
 */
public record InstitutionFiled(long institutionId, long filingId, String uscc, String name, String regionCode,
                               LocalDate filedDate, String receiptNo, boolean initial) {
}
