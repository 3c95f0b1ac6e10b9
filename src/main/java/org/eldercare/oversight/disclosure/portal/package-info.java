/**
 * The public portal (DIS-1, DIS-2), without login: home, the directory of filed service sites (from the registry's
 * {@code PublicDirectory}), a page per site (facts, filing and commitment, its own publication, then every
 * {@code PublicSections} bean's section in order), the bureau's publications; the same as JSON under
 * {@code /api/v1/public}, rate-limited per client address ({@code PublicRateLimit}) and with ETags. Nothing personal.
 */
package org.eldercare.oversight.disclosure.portal;
