package org.eldercare.oversight.disclosure;

import java.util.List;
import java.util.Optional;

/**
 * A module's public facts about one service site (random-check results, closed rectifications, credit and the dishonesty
 * list), shown on the site's public page and in its public JSON. Implementations return only what may be published: no
 * personal data (names of private persons, phone numbers, ID numbers).
 */
public interface PublicSections {

    /** One line of a section: a label, its value, and an optional link (relative to the portal). */
    record Row(String label, String value, String link) {
    }

    /** A titled section; {@code order} places it on the page (lower first). */
    record Section(String key, String title, int order, List<Row> rows) {
    }

    /** This module's section for the service site with registry id {@code institutionId}, if it has anything public. */
    Optional<Section> sectionFor(long institutionId);
}
