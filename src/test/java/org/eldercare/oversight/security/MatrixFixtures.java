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
        OWN("532301", "532301101000", "鹿城镇"), OTHER("532302", "532302101000", "金山镇"), NONE(null, null, null);

        final String county;
        final String township;
        final String townshipName;

        Side(String county, String township, String townshipName) {
            this.county = county;
            this.township = township;
            this.townshipName = townshipName;
        }
    }

    /** What a marker's text is, which decides who may see it ({@link ScopeOracle#mayView}). */
    enum Shown {
        /** business data (names, codes of registry resources) */
        BUSINESS,
        /** an institution's name or code, as the institution directory also gives it to account administration */
        INSTITUTION,
        /** a business account */
        ACCOUNT,
        /** an administrator's account (三员) */
        ADMINISTRATOR,
        /** an API token or token request */
        TOKEN
    }

    /** A text by which a resource shows up. */
    record Marker(String text, MatrixResource owner, Shown shown) {
    }

    private final Map<Kind, Map<Side, MatrixResource>> resources = new EnumMap<>(Kind.class);
    private final List<Marker> markers = new ArrayList<>();
    private final Map<Side, String> receiptPrefixes = new EnumMap<>(Side.class);

    MatrixFixtures() {
        put(Kind.USCC_TO_CHECK, Side.NONE, MatrixResource.unscoped("91532301MA6N1GKP2X"));
        put(Kind.METRIC, Side.NONE, MatrixResource.unscoped("jvm.memory.used"));
        put(Kind.SITE_NO, Side.NONE, MatrixResource.unscoped("1"));
        put(Kind.HEALTH_GROUP, Side.NONE, MatrixResource.unscoped("readiness"));
        for (Side side : List.of(Side.OWN, Side.OTHER)) {
            put(Kind.REGION, side, new MatrixResource(side.county, side.county, null));
            put(Kind.BUREAU, side, new MatrixResource(side.county, side.county, null));
        }
    }

    void put(Kind kind, Side side, MatrixResource resource) {
        resources.computeIfAbsent(kind, k -> new EnumMap<>(Side.class)).put(side, resource);
    }

    void mark(String text, MatrixResource owner, Shown shown) {
        markers.add(new Marker(text, owner, shown));
    }

    /** The receipt prefix the side's bureau (county) has: setting it again changes nothing other tests rely on. */
    void receiptPrefix(Side side, String prefix) {
        receiptPrefixes.put(side, prefix);
    }

    String receiptPrefix(Side side) {
        String prefix = receiptPrefixes.get(side);
        if (prefix == null) {
            throw new IllegalStateException("MatrixFixtures has no receipt prefix for side " + side);
        }
        return prefix;
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
