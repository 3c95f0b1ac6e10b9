package org.eldercare.oversight.region;

/**
 * What an authenticated principal (a user or an API token) exposes to the data-scope mechanism:
 * the region it is bound to. Implemented by the identity module's principals.
 */
public interface ScopedPrincipal {

    String regionCode();
}
