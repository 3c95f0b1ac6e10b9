package org.eldercare.oversight.registry.archive;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eldercare.oversight.common.Failures;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * REG-10: the service sites (服务场所) of a legal entity, addressed by its 统一社会信用代码. A caller sees the sites in its
 * scope (a township officer the one in its township); a further site must lie in the county of the entity's seat, as only
 * there is it exempt from branch registration (seed 002-10). ADR 0017.
 */
@Service
public class ServiceSites {

    private final InstitutionRepository institutions;
    private final InstitutionService archive;
    private final InstitutionHistory history;
    private final RegionService regions;
    private final Clock clock;

    ServiceSites(InstitutionRepository institutions, InstitutionService archive, InstitutionHistory history,
                 RegionService regions, Clock clock) {
        this.institutions = institutions;
        this.archive = archive;
        this.history = history;
        this.regions = regions;
        this.clock = clock;
    }

    /** A site as the entity's list shows it; {@code code} is how people name it ({@link SiteCode}). */
    public record Site(long id, int siteNo, String code, String name, String address, String regionCode, String kindLabel,
                       int bedsTotal, int nursingBeds, String filingStatusLabel, String operatingStatusLabel) {

        static Site of(Institution i) {
            return new Site(i.id(), i.siteNo(), SiteCode.format(i.uscc(), i.siteNo()), i.name(), i.address(), i.regionCode(),
                    i.kind().label(), i.bedsTotal(), i.nursingBeds(), i.filingStatus().label(), i.operatingStatus().label());
        }
    }

    /** The entity's sites the caller may read, seat first; 404 when it may read none. */
    public List<Site> sitesOf(String uscc) {
        return readable(uscc).stream().map(Site::of).toList();
    }

    /**
     * The site a request means: {@code siteNo} when given; otherwise the entity's only site the caller may read, so
     * addresses by code alone keep working for single-site entities; 409 when the caller may read several.
     */
    public Institution resolve(String uscc, Integer siteNo) {
        List<Institution> sites = readable(uscc);
        if (siteNo != null) {
            return sites.stream().filter(i -> i.siteNo() == siteNo).findFirst()
                    .orElseThrow(() -> PlatformException.notFound("registry.institution.notFound"));
        }
        if (sites.size() > 1) {
            throw PlatformException.conflict("registry.site.ambiguous", sites.get(0).uscc(), sites.size());
        }
        return sites.get(0);
    }

    /** Opens a further service site of the entity (supervisors); returns its id. */
    @Transactional
    public long addSite(String uscc, InstitutionFacts facts) {
        Caller caller = Caller.current();
        if (!caller.supervisor()) {
            throw PlatformException.forbidden("error.forbidden");
        }
        readable(uscc); // 404 unless the caller may read one of the entity's sites
        List<Institution> all = institutions.findByUsccOrderBySiteNo(normalised(uscc));
        Institution seat = all.get(0);
        archive.checkRegion(facts.regionCode(), null);
        if (!county(facts.regionCode()).equals(county(seat.regionCode()))) {
            throw PlatformException.badRequest("registry.site.otherCounty");
        }
        int next = all.stream().mapToInt(Institution::siteNo).max().orElse(0) + 1;
        Instant now = Instant.now(clock);
        Institution site;
        try {
            site = institutions.save(Institution.openSite(seat, next, facts, caller.name(), now));
        } catch (DataAccessException e) {
            if (!Failures.isDuplicateKey(e)) {
                throw e;
            }
            throw PlatformException.conflict("registry.site.concurrent");
        }
        history.record(site.id(), ChangeAction.CREATE, Map.of(), caller.name(), now);
        return site.id();
    }

    private List<Institution> readable(String uscc) {
        List<Institution> sites = institutions.findByUsccOrderBySiteNo(normalised(uscc)).stream()
                .filter(archive::readable).toList();
        if (sites.isEmpty()) {
            throw PlatformException.notFound("registry.institution.notFound");
        }
        return sites;
    }

    private String county(String township) {
        return regions.find(township).map(Region::parentCode).orElse("");
    }

    private static String normalised(String uscc) {
        return uscc == null ? "" : uscc.trim().toUpperCase(Locale.ROOT);
    }
}
