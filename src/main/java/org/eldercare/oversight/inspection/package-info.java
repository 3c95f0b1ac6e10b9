/**
 * Inspections (检查, INS-1…INS-7): check items and versioned templates, inspection tasks of every kind with their working-day
 * deadlines and advance notice, on-site execution with evidence and signatures, the 双随机、一公开 draw that anyone can
 * re-run, and yearly coverage. An inspection is of a service site (a registry {@code institution} row, REG-10).
 * Published: {@link org.eldercare.oversight.inspection.InspectionCompleted},
 * {@link org.eldercare.oversight.inspection.FindingToHazard}, {@link org.eldercare.oversight.inspection.InspectionRequests}
 * (other modules open a task), {@link org.eldercare.oversight.inspection.RiskSignals} (other modules raise draw weights).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection")
package org.eldercare.oversight.inspection;
