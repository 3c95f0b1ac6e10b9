/**
 * Disclosure (信息公开, DIS-1, DIS-2): the public portal — an institution directory and a page per service site, the
 * bureau's own publications — and its JSON under {@code /api/v1/public}. Other modules add their public facts to a
 * site's page through {@link org.eldercare.oversight.disclosure.PublicSections}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure")
package org.eldercare.oversight.disclosure;
