package org.eldercare.oversight.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.security.FixtureRules.Kind;

/**
 * The resources of the matrix, one of each kind in the own region (楚雄市, its township 鹿城镇) and one in the other
 * region (禄丰市, its township 金山镇), all created for the matrix only; and the texts (names, codes) by which each shows
 * up in a response, to catch lists and exports that leak another region's data.
 */
final class MatrixFixtures {

    /** Own region, other region; NONE for an endpoint whose variables lie in nobody's region. */
    enum Side {
        OWN("532301", "532301100000", "鹿城镇"), OTHER("532302", "532302100000", "金山镇"), NONE(null, null, null);

        final String county;
        final String township;
        final String townshipName;

        Side(String county, String township, String townshipName) {
            this.county = county;
            this.township = township;
            this.townshipName = townshipName;
        }
    }

    /**
     * A text by which a resource shows up. {@code administration}: account and token data rather than business data;
     * {@code directory}: an institution's name or code, as the institution directory gives it to account administration.
     */
    record Marker(String text, MatrixResource owner, boolean administration, boolean directory) {
    }

    private final Map<Kind, Map<Side, MatrixResource>> resources = new EnumMap<>(Kind.class);
    private final List<Marker> markers = new ArrayList<>();

    MatrixFixtures() {
        put(Kind.USCC_TO_CHECK, Side.NONE, MatrixResource.unscoped("91532301MA6N1GKP2X"));
        put(Kind.METRIC, Side.NONE, MatrixResource.unscoped("jvm.memory.used"));
        put(Kind.HEALTH_GROUP, Side.NONE, MatrixResource.unscoped("readiness"));
        for (Side side : List.of(Side.OWN, Side.OTHER)) {
            put(Kind.REGION, side, new MatrixResource(side.county, side.county, null));
        }
    }

    void put(Kind kind, Side side, MatrixResource resource) {
        resources.computeIfAbsent(kind, k -> new EnumMap<>(Side.class)).put(side, resource);
    }

    void mark(String text, MatrixResource owner, boolean administration) {
        markers.add(new Marker(text, owner, administration, false));
    }

    void markInstitution(String text, MatrixResource institution) {
        markers.add(new Marker(text, institution, false, true));
    }

    MatrixResource resource(Kind kind, Side side) {
        Map<Side, MatrixResource> bySide = resources.get(kind);
        MatrixResource r = bySide == null ? null : bySide.get(kind.scoped() ? side : Side.NONE);
        if (r == null) {
            throw new IllegalStateException("MatrixFixtures has no " + kind + " for side " + side);
        }
        return r;
    }

    List<Marker> markers() {
        return List.copyOf(markers);
    }
}
