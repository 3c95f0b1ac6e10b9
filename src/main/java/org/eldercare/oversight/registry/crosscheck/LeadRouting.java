package org.eldercare.oversight.registry.crosscheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.region.Region;

/**
 * Where the registrations of one import go (REG-4), decided in memory for a whole file: a 登记未备案 registration of
 * another jurisdiction is flagged ({@link Jurisdiction}); any other is a lead for the place {@link LeadPlaces} names, or
 * for the matched institution's region, due by that region's lead deadline. Regions and deadlines are looked up once per
 * region, not once per row. Pure: the lookups are handed in.
 */
final class LeadRouting {

    /** A lead to open for a stored registration row, with the deadline of its region. */
    record NewLead(long rowId, Long institutionId, String uscc, String name, String address, String regionCode,
                   boolean township, Deadline due) {
    }

    private final Map<String, Region> inScope = new HashMap<>();
    private final Region home;
    private final LeadPlaces places;
    private final Jurisdiction jurisdiction;
    private final Function<String, Deadline> dueIn;
    private final Map<String, Deadline> dueByRegion = new HashMap<>();

    /**
     * {@code placesInScope}: the uploader's region and every region below it; {@code counties}: every county of the
     * country; {@code find}: any region by code; {@code dueIn}: the lead deadline of a region, from today.
     */
    LeadRouting(Region home, List<Region> placesInScope, List<Region> counties, Function<String, Optional<Region>> find,
                Function<String, Deadline> dueIn) {
        placesInScope.forEach(r -> inScope.put(r.code(), r));
        this.home = home;
        // a lead goes to a current place: a retired (撤销) township's name in an address sends it no lead
        this.places = new LeadPlaces(placesInScope.stream().filter(r -> !r.retired()).toList(), inScope::containsKey, home);
        Map<String, Optional<Region>> found = new HashMap<>();
        this.jurisdiction = new Jurisdiction(inScope::containsKey, counties, placesInScope,
                code -> found.computeIfAbsent(code, find));
        this.dueIn = dueIn;
    }

    /** Whether a row is 登记未备案: it gets a lead unless it belongs elsewhere or its code has an open lead already. */
    static boolean unfiled(CrossCheck.Classified row) {
        return row.classification() == Classification.UNFILED;
    }

    /** The region outside the uploader's jurisdiction an unmatched 登记未备案 registration belongs to, if any. */
    Optional<Region> elsewhere(CrossCheck.Classified row) {
        return unfiled(row) && row.matched().isEmpty() ? jurisdiction.elsewhere(row.candidate()) : Optional.empty();
    }

    /** The lead for stored row {@code rowId}: the matched institution's region, else the place its address names. */
    NewLead lead(long rowId, CrossCheck.Classified row) {
        RegistrationRows.Candidate c = row.candidate();
        String code = row.matched().map(CrossCheck.Entry::regionCode).orElseGet(() -> places.regionFor(c));
        Region region = inScope.getOrDefault(code, home);
        Deadline due = dueByRegion.computeIfAbsent(region.code(), dueIn);
        return new NewLead(rowId, row.matched().map(CrossCheck.Entry::id).orElse(null), c.uscc().value(), c.name(), c.address(),
                region.code(), region.level() == Region.TOWNSHIP, due);
    }
}
