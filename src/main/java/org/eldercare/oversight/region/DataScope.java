package org.eldercare.oversight.region;

import java.util.Optional;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one data-scope mechanism. Every module's query that lists or loads region-bound rows adds
 * {@link #condition(String)} and binds {@link #bind(JdbcClient.StatementSpec)}; every single-row load
 * of a region-bound record calls {@link #require(String)}. Out-of-scope rows are reported as not found
 * (404), so a user cannot even learn that a sibling region's record exists.
 */
@Component
public class DataScope {

    /** A path no region has: binds when nobody (or a principal without region) is logged in. */
    private static final String NOTHING = "/#none#/";
    private final RegionRepository regions;

    DataScope(RegionRepository regions) {
        this.regions = regions;
    }

    /** The caller's region, if the caller is a principal bound to one. */
    public Optional<Region> currentRegion() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ScopedPrincipal p && p.regionCode() != null) {
            return regions.find(p.regionCode());
        }
        return Optional.empty();
    }

    /** SQL predicate: {@code column} names a region code column of the caller's region or below. */
    public String condition(String column) {
        if (!column.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new IllegalArgumentException("bad column " + column);
        }
        return column + " in (select code from region where path like :scopePath)";
    }

    /** Binds the {@code :scopePath} parameter used by {@link #condition(String)}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        return spec.param("scopePath", scopePathPattern());
    }

    String scopePathPattern() {
        return currentRegion().map(r -> r.path() + "%").orElse(NOTHING);
    }

    /** True when the region is the caller's region or lies below it. */
    public boolean contains(String regionCode) {
        Optional<Region> mine = currentRegion();
        if (mine.isEmpty() || regionCode == null) {
            return false;
        }
        return regions.find(regionCode).map(r -> mine.get().isAncestorOrSelfOf(r)).orElse(false);
    }

    /** Throws a 404 problem unless the region is within the caller's scope. */
    public void require(String regionCode) {
        if (!contains(regionCode)) {
            throw PlatformException.notFound("region.notInScope", regionCode);
        }
    }
}
