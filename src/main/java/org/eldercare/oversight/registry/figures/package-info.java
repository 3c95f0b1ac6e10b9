/**
 * #9 item 16, a supervisor's overview: the registry's figures of a region broken down by its next level, one aggregate
 * query per figure ({@code OverviewFigures}, published as {@code registry.RegistryFigures}; ADR 0012), and the
 * 护理型床位占比目标 (EVAL-3), a per-region setting with a national preset that each region inherits from its nearest
 * ancestor unless its supervisor sets its own ({@code NursingBedGoals}).
 */
package org.eldercare.oversight.registry.figures;
