/**
 * Tamper-evident audit trail: every login attempt and every state-changing request, chained with HMAC-SM3.
 * Append-only (no delete path; a database trigger refuses UPDATE/DELETE/TRUNCATE). Signed checkpoints of the chain's
 * head, kept in a file outside the database, reveal deleted newest rows and let verification start from the newest
 * checkpoint. Requests refused before authentication are aggregated per client and window instead of chained one by one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.eldercare.oversight.audit;
