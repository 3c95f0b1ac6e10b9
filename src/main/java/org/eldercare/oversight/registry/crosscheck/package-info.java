/**
 * REG-4 registration–filing cross-check: a registrar's file (CSV in UTF-8 or GBK, or Excel) is read apart from the
 * domain ({@code RegistrationFile}, {@code RegistrationRows}), its 养老 registrations classified against the archive
 * ({@code CrossCheck}: 已备案, 登记未备案, 登记但未开展, 未登记但实际开展), and each 登记未备案 registration sent to its
 * township as a {@link org.eldercare.oversight.registry.crosscheck.VerificationLead}, at most one open lead per code.
 * The upload is checked at once and classified by a background job ({@code ImportJob}, {@code ImportRun}, ADR 0013) in
 * batches, with progress the page polls. {@code LeadTasks} keeps the township's to-do and deadline; a verified finding of
 * unfiled care starts the REG-3 inspection.
 */
package org.eldercare.oversight.registry.crosscheck;
