/**
 * Inspection tasks (检查任务, INS-1, INS-6): kinds 备案核查, 日常检查, 双随机抽查, 专项检查, 联合检查, 投诉核查, 日常巡查 of a
 * service site, with a working-day due date, at least two inspectors with valid credentials and no conflict, an advance-notice
 * date for announced kinds, and the states 待检查 → 检查中 → 待签字 → 已完成 or 已取消. The REG-3 verification tasks arrive from
 * the registry's events ({@code RegistryInspections}); to-dos follow the task ({@code TaskTodos}). Implements
 * {@link org.eldercare.oversight.inspection.InspectionRequests}.
 */
package org.eldercare.oversight.inspection.task;
