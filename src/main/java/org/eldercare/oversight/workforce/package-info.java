/**
 * Workforce (从业人员): the staff registry with employments at institutions (WRK-1), pre-job training and certificates
 * with their rates per institution and region against regional goals (WRK-2), the national industry ban checked at every
 * hiring (WRK-3), staff credit evaluations readable by a next employer with the person's consent (WRK-4), and staffing
 * ratios on the region's workbench (WRK-5). ID numbers use the platform's protection: SM4-GCM, blind index, masked display,
 * audited reveal (common.FieldCipher, common.SensitiveDataRevealed).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package org.eldercare.oversight.workforce;
