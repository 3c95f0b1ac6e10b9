/**
 * REG-2 filing (备案) with its materials and 书面信用承诺, the bureau's decision and the printable 备案回执; REG-3 filing
 * deadline (late flag; the on-site inspection after filing is an inspection-module task); REG-4 decisions sent back
 * to the registrars ({@code FilingDecisions}); the public commitment list; REG-3 the filing authority by legal form and
 * registrar level ({@code FilingAuthorities}); REG-11 regional material checklists ({@code FilingChecklists}). The
 * {@link org.eldercare.oversight.registry.filing.Filing} aggregate decides each transition; {@code FilingTasks} puts the
 * filing on the right desk.
 */
package org.eldercare.oversight.registry.filing;
