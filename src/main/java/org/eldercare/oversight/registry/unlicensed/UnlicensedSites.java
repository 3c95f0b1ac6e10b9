package org.eldercare.oversight.registry.unlicensed;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.registry.archive.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** REG-5 黑机构 register: unregistered sites that operate, their risks, the proposed disposal and the outcome. */
@Component
class UnlicensedSites {

    /** What the 台账 form and the API submit; choices travel as their names. */
    record Form(String name, String address, String regionCode, String housingNature, Integer residents, String fees, Integer staff,
                String fireRisk, String foodRisk, String managementRisk, String proposedDisposal, String outcome, String status,
                String source, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate discoveredOn) {

        static Form blank(LocalDate today) {
            return new Form("", "", "", "", 0, "", 0, "", "", "", "", "", SiteStatus.OPEN.name(), SiteSource.PATROL.name(), today);
        }

        static Form of(Site s) {
            return new Form(s.name(), s.address(), s.regionCode(), s.housingNature(), s.residents(), s.fees(), s.staff(), s.fireRisk(),
                    s.foodRisk(), s.managementRisk(), s.proposedDisposal(), s.outcome(), s.status().name(), s.source().name(),
                    s.discoveredOn());
        }
    }

    record Site(long id, String name, String address, String regionCode, String regionName, String housingNature, int residents,
                String fees, int staff, String fireRisk, String foodRisk, String managementRisk, String proposedDisposal,
                String outcome, SiteStatus status, SiteSource source, LocalDate discoveredOn, Instant updatedAt, String updatedBy) {
        public String statusLabel() {
            return status.label();
        }

        public String sourceLabel() {
            return source.label();
        }
    }

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final RegionService regions;
    private final Clock clock;

    UnlicensedSites(JdbcClient jdbc, DataScope scope, RegionService regions, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional
    long create(Form f) {
        Caller caller = requireActor();
        validate(f, null);
        Instant now = Instant.now(clock);
        return jdbc.sql("""
                insert into unlicensed_site (name, address, region_code, housing_nature, residents, fees, staff, fire_risk, food_risk,
                    management_risk, proposed_disposal, outcome, status, source, discovered_on, created_at, created_by, updated_at,
                    updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.name().trim(), f.address().trim(), f.regionCode(), blank(f.housingNature()), n(f.residents()), blank(f.fees()),
                        n(f.staff()), blank(f.fireRisk()), blank(f.foodRisk()), blank(f.managementRisk()), blank(f.proposedDisposal()),
                        blank(f.outcome()), status(f), source(f), Date.valueOf(f.discoveredOn()), Timestamp.from(now), caller.name(),
                        Timestamp.from(now), caller.name())
                .query(Long.class).single();
    }

    @Transactional
    void update(long id, Form f) {
        Caller caller = requireActor();
        Site before = get(id);
        validate(f, before.regionCode());
        jdbc.sql("""
                update unlicensed_site set name = ?, address = ?, region_code = ?, housing_nature = ?, residents = ?, fees = ?, staff = ?,
                    fire_risk = ?, food_risk = ?, management_risk = ?, proposed_disposal = ?, outcome = ?, status = ?, source = ?,
                    discovered_on = ?, updated_at = ?, updated_by = ? where id = ?""")
                .params(f.name().trim(), f.address().trim(), f.regionCode(), blank(f.housingNature()), n(f.residents()), blank(f.fees()),
                        n(f.staff()), blank(f.fireRisk()), blank(f.foodRisk()), blank(f.managementRisk()), blank(f.proposedDisposal()),
                        blank(f.outcome()), status(f), source(f), Date.valueOf(f.discoveredOn()), Timestamp.from(Instant.now(clock)),
                        caller.name(), id)
                .update();
    }

    static final String SELECT = "select s.id, s.name, s.address, s.region_code, r.name as region_name, s.housing_nature, "
            + "s.residents, "
            + "s.fees, s.staff, s.fire_risk, s.food_risk, s.management_risk, s.proposed_disposal, s.outcome, s.status, s.source, "
            + "s.discovered_on, s.updated_at, s.updated_by from unlicensed_site s join region r on r.code = s.region_code ";

    Site get(long id) {
        Site s = jdbc.sql(SELECT + "where s.id = ?").param(id).query(Site.class).optional()
                .orElseThrow(() -> PlatformException.notFound("registry.unlicensed.notFound"));
        if (!scope.contains(s.regionCode())) {
            throw PlatformException.notFound("registry.unlicensed.notFound");
        }
        return s;
    }

    private Caller requireActor() {
        Caller caller = Caller.current();
        if (!caller.supervisor() && !caller.township()) {
            throw PlatformException.forbidden("error.forbidden");
        }
        return caller;
    }

    /** {@code previousRegion}: the site's region so far (null for a new site); a retired region is kept, never newly given. */
    private void validate(Form f, String previousRegion) {
        if (f.name() == null || f.name().isBlank() || f.name().length() > 200) {
            throw PlatformException.badRequest("registry.field.required", "名称");
        }
        if (f.address() == null || f.address().isBlank() || f.address().length() > 300) {
            throw PlatformException.badRequest("registry.field.required", "地址");
        }
        if (regions.find(f.regionCode()).isEmpty() || !scope.contains(f.regionCode())) {
            throw PlatformException.badRequest("registry.region.invalid");
        }
        regions.refuseRetired(f.regionCode(), previousRegion);
        if (f.discoveredOn() == null || f.discoveredOn().isAfter(LocalDate.now(clock))) {
            throw PlatformException.badRequest("registry.discovery.date");
        }
        if ((f.residents() != null && f.residents() < 0) || (f.staff() != null && f.staff() < 0)) {
            throw PlatformException.badRequest("registry.count.negative", "人数");
        }
        for (String s : new String[] {f.fireRisk(), f.foodRisk(), f.managementRisk(), f.proposedDisposal(), f.outcome()}) {
            if (s != null && s.length() > 500) {
                throw PlatformException.badRequest("registry.field.tooLong", "风险与处置说明", 500);
            }
        }
    }

    private static String status(Form f) {
        return Labelled.parseOr(SiteStatus.class, f.status(), "状态", SiteStatus.OPEN).name();
    }

    private static String source(Form f) {
        return Labelled.parseOr(SiteSource.class, f.source(), "来源", SiteSource.PATROL).name();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }

}
