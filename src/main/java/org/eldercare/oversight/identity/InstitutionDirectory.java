package org.eldercare.oversight.identity;

import java.util.Optional;

/**
 * How identity learns an institution's name when an account or an API token is linked to it. Implemented by the
 * registry module (which depends on identity, not the other way round).
 */
public interface InstitutionDirectory {

    /** The institution's name and region, if it exists. */
    Optional<Entry> find(long institutionId);

    /**
     * The institution with this 统一社会信用代码 (upper-cased, trimmed), if it exists: the entity's seat (service site 1), or
     * with {@code 代码/n} its n-th service site (REG-10); an account or a token is linked to one site.
     */
    Optional<Entry> findByUscc(String uscc);

    record Entry(long id, String uscc, String name, String regionCode) {
    }
}
