package org.eldercare.oversight.registry.crosscheck;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eldercare.oversight.region.Region;

/**
 * Where the lead of an unmatched registration goes (REG-4): the township (or other place of level 3 and below) whose
 * name its address mentions, the most local one if several; else the registrar's county named by the 统一社会信用代码
 * when it is in the uploader's scope; else the uploader's own region. Pure: no Spring, no database.
 */
record LeadPlaces(List<Region> places, Predicate<String> inScope, Region home) {

    /** The smallest region level a named place may have (3: county level, 4: township). */
    static final int PLACE_LEVEL = 3;

    String regionFor(RegistrationRows.Candidate c) {
        if (c.address() != null && !c.address().isBlank()) {
            Optional<Region> named = places.stream()
                    .filter(r -> r.level() >= PLACE_LEVEL && c.address().contains(r.name()))
                    .max(Comparator.comparingInt(Region::level));
            if (named.isPresent()) {
                return named.get().code();
            }
        }
        String county = c.uscc().regionCode();
        return inScope.test(county) ? county : home.code();
    }
}
