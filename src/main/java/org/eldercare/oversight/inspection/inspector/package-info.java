/**
 * The inspector directory (执法检查人员名录, INS-1): people with enforcement credentials (执法证号, valid until), by department
 * and region, with their own township and declared conflicts (回避) per service site. Supervisors maintain it for their
 * region; task assignment and the 双随机 draw ({@code inspection.spotcheck}) read it through {@link
 * org.eldercare.oversight.inspection.inspector.Inspectors}.
 */
package org.eldercare.oversight.inspection.inspector;
