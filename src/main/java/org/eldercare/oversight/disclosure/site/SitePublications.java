package org.eldercare.oversight.disclosure.site;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DIS-1 use cases: read a site's publication (its own account, or a supervisor of its region), replace it (its own account
 * only), and the public read for the portal. A site another caller may not see is a 404, as if it did not exist.
 */
@Service
public class SitePublications {

    private final JdbcClient jdbc;
    private final InstitutionRoster roster;
    private final DataScope scope;
    private final Clock clock;

    SitePublications(JdbcClient jdbc, InstitutionRoster roster, DataScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.scope = scope;
        this.clock = clock;
    }

    /** The site's publication as its own account or a supervisor of its region sees it. */
    @Transactional(readOnly = true)
    public SitePublication view(long institutionId) {
        InstitutionRoster.Entry site = visible(institutionId);
        return load(site.id(), site.name());
    }

    /** Whether the caller may change this site's publication (its own institution account). */
    public boolean editable(long institutionId) {
        PlatformUser user = PlatformUser.current();
        return user.institutionOnly() && Long.valueOf(institutionId).equals(user.institutionId());
    }

    /** Replaces the site's notice and fee items (its own account only); the 公示 date becomes today. */
    @Transactional
    public SitePublication publish(long institutionId, SitePublication.Input input) {
        InstitutionRoster.Entry site = visible(institutionId);
        if (!editable(institutionId)) {
            throw PlatformException.forbidden("disclosure.site.ownOnly");
        }
        FeeRules.Checked checked = FeeRules.check(input);
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = PlatformUser.current().username();
        int changed;
        if (input.version() == null) {
            changed = jdbc.sql("""
                    insert into disclosure_site_notice (institution_id, region_code, service_items, house_rules, complaint_phone,
                        published_on, updated_at, updated_by) values (:id, :region, :services, :rules, :phone, :today, :now, :by)
                    on conflict (institution_id) do nothing""")
                    .param("id", site.id()).param("region", site.regionCode()).param("services", checked.serviceItems())
                    .param("rules", checked.houseRules()).param("phone", checked.complaintPhone()).param("today", today)
                    .param("now", now).param("by", by).update();
        } else {
            changed = jdbc.sql("""
                    update disclosure_site_notice set region_code = :region, service_items = :services, house_rules = :rules,
                        complaint_phone = :phone, published_on = :today, updated_at = :now, updated_by = :by, version = version + 1
                    where institution_id = :id and version = :version""")
                    .param("id", site.id()).param("region", site.regionCode()).param("services", checked.serviceItems())
                    .param("rules", checked.houseRules()).param("phone", checked.complaintPhone()).param("today", today)
                    .param("now", now).param("by", by).param("version", input.version()).update();
        }
        if (changed == 0) {
            throw PlatformException.conflict("disclosure.site.stale");
        }
        jdbc.sql("delete from disclosure_fee_item where institution_id = ?").param(site.id()).update();
        for (FeeRules.CheckedFee f : checked.fees()) {
            jdbc.sql("""
                    insert into disclosure_fee_item (institution_id, region_code, item, unit, price, method, published_on, updated_at,
                        updated_by) values (:id, :region, :item, :unit, :price, :method, :today, :now, :by)""")
                    .param("id", site.id()).param("region", site.regionCode()).param("item", f.item()).param("unit", f.unit())
                    .param("price", f.price()).param("method", f.method()).param("today", today).param("now", now).param("by", by)
                    .update();
        }
        return load(site.id(), site.name());
    }

    /** The publication of a public site for the portal (no access check: the portal asks only for filed sites). */
    @Transactional(readOnly = true)
    public Optional<SitePublication> published(long institutionId, String name) {
        SitePublication p = load(institutionId, name);
        return p.empty() ? Optional.empty() : Optional.of(p);
    }

    private InstitutionRoster.Entry visible(long institutionId) {
        PlatformUser user = PlatformUser.current();
        Optional<InstitutionRoster.Entry> site = roster.find(institutionId);
        boolean mine = user.institutionOnly() ? Long.valueOf(institutionId).equals(user.institutionId())
                : site.isPresent() && scope.contains(site.get().regionCode());
        if (site.isEmpty() || !mine) {
            throw PlatformException.notFound("disclosure.site.notFound");
        }
        return site.get();
    }

    private SitePublication load(long id, String name) {
        record Notice(String serviceItems, String houseRules, String complaintPhone, LocalDate publishedOn, int version) {
        }
        Optional<Notice> notice = jdbc.sql("""
                select service_items, house_rules, complaint_phone, published_on, version from disclosure_site_notice
                where institution_id = ?""").param(id).query(Notice.class).optional();
        List<SitePublication.Fee> fees = jdbc.sql("""
                select item, unit, price, method, published_on from disclosure_fee_item where institution_id = ? order by id""")
                .param(id).query(SitePublication.Fee.class).list();
        return notice.map(n -> new SitePublication(id, name, n.serviceItems(), n.houseRules(), n.complaintPhone(), n.publishedOn(),
                n.version(), fees)).orElse(new SitePublication(id, name, null, null, null, null, null, fees));
    }
}
