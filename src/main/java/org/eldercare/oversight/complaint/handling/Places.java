package org.eldercare.oversight.complaint.handling;

import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a complaint is about and which county bureau handles it: the service site's region (registry) or the region given
 * with an address; the bureau is the county (县级) at or above that region, or the prefecture for the towns that have no
 * county above them (东莞, 中山, 儋州).
 */
@Component
class Places {

    private final InstitutionRoster roster;
    private final RegionService regions;
    private final DataScope scope;
    private final JdbcClient jdbc;

    Places(InstitutionRoster roster, RegionService regions, DataScope scope, JdbcClient jdbc) {
        this.roster = roster;
        this.regions = regions;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    record Resolved(Place place, String county) {
    }

    /** Resolves the place; an officer may enter complaints only about places in the region he serves. */
    Resolved resolve(Long institutionId, String address, String regionCode, boolean officer) {
        Place place;
        if (institutionId != null) {
            InstitutionRoster.Entry site = roster.find(institutionId)
                    .orElseThrow(() -> PlatformException.badRequest("complaint.institution.unknown"));
            place = new Place(site.id(), site.name(), Texts.optional(address, "地址", 300), site.regionCode());
        } else {
            String where = Texts.required(address, "被投诉机构名称或地址", 300);
            String code = regionCode == null ? "" : regionCode.trim();
            Region r = regions.find(code).orElseThrow(() -> PlatformException.badRequest("complaint.region.required"));
            if (r.level() < Region.COUNTY - 1 || r.retired()) {
                throw PlatformException.badRequest("complaint.region.required");
            }
            place = new Place(null, null, where, r.code());
        }
        if (officer && !scope.contains(place.placeRegionCode())) {
            throw PlatformException.badRequest("complaint.region.notServed");
        }
        return new Resolved(place, county(place.placeRegionCode()));
    }

    /** The county at or above the region (the prefecture where no county lies between); refused above county level. */
    String county(String regionCode) {
        String sql = "select a.code from region a join region r on r.code = :code where r.path like a.path || '%' and a.level = :level";
        var county = jdbc.sql(sql).param("code", regionCode).param("level", Region.COUNTY).query(String.class).optional();
        if (county.isPresent()) {
            return county.get();
        }
        String prefecture = jdbc.sql(sql).param("code", regionCode).param("level", Region.COUNTY - 1).query(String.class).optional()
                .orElseThrow(() -> PlatformException.badRequest("complaint.region.required"));
        if (hasCounties(prefecture)) {
            throw PlatformException.badRequest("complaint.region.required");
        }
        return prefecture;
    }

    private boolean hasCounties(String prefecture) {
        return jdbc.sql("select exists (select 1 from region where parent_code = ? and level = 3)").param(prefecture)
                .query(Boolean.class).single();
    }
}
