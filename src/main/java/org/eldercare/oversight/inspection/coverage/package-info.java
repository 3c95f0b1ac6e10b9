/**
 * Yearly coverage (INS-6, INS-7): every completed on-site inspection ({@code inspection.InspectionCompleted}) recorded in
 * {@code inspection_visit}; per region and year the service sites in service (from {@code registry.InstitutionRoster})
 * without an on-site inspection yet, and each site's county (≥1 a year) and township (≥2 a year, 日常巡查) visits; a daily
 * job turns the shortfall into the county supervisors' to-dos; a streamed Excel report.
 */
package org.eldercare.oversight.inspection.coverage;
