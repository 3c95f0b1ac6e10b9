/**
 * Check items and versioned templates (检查事项清单, INS-2, INS-5): the catalogue of items (legal basis and clause, method,
 * applicable institution kinds, responsible department) seeded with GB 38600 service-safety items and the REG-3 filing
 * verification items; templates built from items, each change a new immutable version, so a task keeps the version it used.
 * Supervisors maintain items and templates for their region; a region uses the nearest definition at or above it.
 */
package org.eldercare.oversight.inspection.catalogue;
