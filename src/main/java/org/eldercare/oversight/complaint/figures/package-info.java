/**
 * Complaint statistics (issue #13 item 6): complaints per region (by the next level), category, service site and month, the
 * share answered within the feedback deadline (5 working days), the supervisor's workbench card (ECharts, loaded by htmx),
 * the streamed Excel export; and the COMPLAINT risk signal of the 双随机 draw ({@code inspection.RiskSignals}).
 */
package org.eldercare.oversight.complaint.figures;
