/**
 * The registry's public read model for the disclosure module's portal (DIS-1, DIS-2): {@code RegistryPublicDirectory}
 * implements {@link org.eldercare.oversight.registry.PublicDirectory} over the filed service sites, with their filing
 * receipt and published commitment; no personal data leaves it.
 */
package org.eldercare.oversight.registry.portal;
