/**
 * 双随机、一公开 (INS-1 … INS-4, ADR 0021): spot-check plans (scope, items, ratio or count, window, departments, INS-3
 * weights), the draw over snapshots of the object pool (the registry's service sites in service, via
 * {@code registry.InstitutionRoster}) and the inspector pool (the inspector directory, V40) with a stored seed, algorithm
 * version, pool hash and compressed snapshot, its verification, the 双随机抽查 tasks opened through
 * {@code inspection.InspectionRequests}, the results from {@code inspection.InspectionCompleted}, and the public list.
 */
package org.eldercare.oversight.inspection.spotcheck;
