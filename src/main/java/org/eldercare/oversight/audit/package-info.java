/**
 * Tamper-evident audit trail: every login attempt and every state-changing request, chained with HMAC-SM3.
 * Append-only (no delete path; a database trigger refuses UPDATE/DELETE/TRUNCATE).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.eldercare.oversight.audit;
