package org.eldercare.oversight.registry.crosscheck;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eldercare.oversight.region.Region;

/**
 * Whether a registration the registry does not know belongs to another jurisdiction (REG-4): the county that
 * registered it (the 统一社会信用代码's area digits) lies outside the uploader's region, or its address names a county
 * outside the region and no place inside it. A county importing such a row flags it instead of sending a lead to its
 * own townships; a prefecture importing a row of one of its counties routes the lead there, since that county is in
 * scope. County names of two characters (城区, 郊区 …) are too common inside addresses to count. Pure: no database.
 */
record Jurisdiction(Predicate<String> inScope, List<Region> counties, List<Region> placesInScope,
                    Function<String, Optional<Region>> find) {

    /** Names shorter than this are not looked for in addresses. */
    static final int MIN_NAME = 3;

    /** The region outside the uploader's jurisdiction the registration belongs to, if any. */
    Optional<Region> elsewhere(RegistrationRows.Candidate c) {
        String area = c.uscc().regionCode();
        if (!area.endsWith("00") && !inScope.test(area)) {
            return Optional.of(find.apply(area).orElse(new Region(area, area, 3, null, null, false)));
        }
        String address = c.address();
        if (address == null || address.isBlank() || namesAPlaceInScope(address)) {
            return Optional.empty();
        }
        return counties.stream()
                .filter(r -> r.name().length() >= MIN_NAME && address.contains(r.name()) && !inScope.test(r.code()))
                .findFirst();
    }

    private boolean namesAPlaceInScope(String address) {
        return placesInScope.stream().anyMatch(r -> r.level() >= LeadPlaces.PLACE_LEVEL && r.name().length() >= 2
                && address.contains(r.name()));
    }
}
