package org.eldercare.oversight.inspection.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.region.DataScope;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check-item catalogue and templates of a region (INS-2): what applies in a region is what is defined on the region
 * or any region above it (the national seed on the root); supervisors add items and template versions for their region.
 */
@Service
public class Catalogue {

    private static final String CHAIN = "(select path from region where code = :region) like r.path || '%'";
    private final CheckItemRepository items;
    private final CheckTemplateRepository templates;
    private final JdbcClient jdbc;
    private final DataScope scope;
    private final Clock clock;

    Catalogue(CheckItemRepository items, CheckTemplateRepository templates, JdbcClient jdbc, DataScope scope, Clock clock) {
        this.items = items;
        this.templates = templates;
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** The items that apply in {@code regionCode}: its own and those of the regions above it, by code. */
    public List<CheckItem> items(String regionCode) {
        List<Long> ids = jdbc.sql("select i.id from check_item i join region r on r.code = i.region_code where " + CHAIN
                        + " order by i.code, r.level desc").param("region", regionCode).query(Long.class).list();
        List<CheckItem> found = new ArrayList<>();
        items.findAllById(ids).forEach(found::add);
        found.sort((a, b) -> a.code().compareTo(b.code()));
        return found;
    }

    /** The latest version of each template that applies in {@code regionCode} (the nearest region's, then the highest version). */
    public List<CheckTemplate> templates(String regionCode) {
        List<Long> ids = jdbc.sql("""
                select distinct on (t.code) t.id from check_template t join region r on r.code = t.region_code
                where %s order by t.code, r.level desc, t.version_no desc""".formatted(CHAIN))
                .param("region", regionCode).query(Long.class).list();
        List<CheckTemplate> found = new ArrayList<>();
        templates.findAllById(ids).forEach(found::add);
        found.sort((a, b) -> a.code().compareTo(b.code()));
        return found;
    }

    /** Every version of a template code that applies in the region, newest first. */
    public List<CheckTemplate> versions(String regionCode, String code) {
        List<Long> ids = jdbc.sql("select t.id from check_template t join region r on r.code = t.region_code where " + CHAIN
                        + " and t.code = :code order by t.version_no desc").param("region", regionCode).param("code", code)
                .query(Long.class).list();
        List<CheckTemplate> found = new ArrayList<>();
        templates.findAllById(ids).forEach(found::add);
        found.sort((a, b) -> Integer.compare(b.versionNo(), a.versionNo()));
        return found;
    }

    /** The version a new task of {@code regionCode} uses for {@code code}. */
    public CheckTemplate current(String regionCode, String code) {
        return templates(regionCode).stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> PlatformException.badRequest("inspection.template.unknown", code));
    }

    /** One template version, whatever its age (a task shows the version it used). */
    public CheckTemplate template(long id) {
        return templates.findById(id).orElseThrow(() -> PlatformException.notFound("inspection.template.notFound"));
    }

    /** A template version visible in the caller's scope (its region is the caller's, above it or below it); 404 otherwise. */
    public CheckTemplate readable(long id) {
        CheckTemplate t = template(id);
        String path = jdbc.sql("select path from region where code = ?").param(t.regionCode()).query(String.class).single();
        boolean above = scope.currentRegion().map(r -> r.path().startsWith(path)).orElse(false);
        if (!above && !scope.contains(t.regionCode())) {
            throw PlatformException.notFound("inspection.template.notFound");
        }
        return t;
    }

    /** The items of a template version, in its order. */
    public List<CheckItem> itemsOf(CheckTemplate t) {
        Map<Long, CheckItem> byId = new java.util.HashMap<>();
        items.findAllById(t.itemIds()).forEach(i -> byId.put(i.id(), i));
        return t.itemIds().stream().map(byId::get).toList();
    }

    /** Adds an item to the caller's region (supervisors); a code already used in the region is refused. */
    @Transactional
    public CheckItem addItem(CheckItem.Input input) {
        PlatformUser user = requireSupervisor();
        try {
            return items.save(CheckItem.create(user.regionCode(), input, user.username(), Instant.now(clock)));
        } catch (DataAccessException e) {
            throw PlatformException.conflict("inspection.item.codeTaken");
        }
    }

    /**
     * Saves a template for the caller's region: the first version of a new code, or the next version of one that applies
     * here (tasks opened before keep theirs). Every item must apply in the region.
     */
    @Transactional
    public CheckTemplate saveTemplate(String code, String name, List<String> itemCodes) {
        PlatformUser user = requireSupervisor();
        String region = user.regionCode();
        Map<String, CheckItem> byCode = items(region).stream().collect(Collectors.toMap(CheckItem::code, Function.identity(),
                (a, b) -> a));
        List<Long> ids = new ArrayList<>();
        for (String c : itemCodes == null ? List.<String>of() : itemCodes) {
            CheckItem i = byCode.get(c == null ? "" : c.trim().toUpperCase());
            if (i == null) {
                throw PlatformException.badRequest("inspection.template.unknownItem", c);
            }
            ids.add(i.id());
        }
        String normal = CheckTemplate.required(code, "模板编码", 32).toUpperCase();
        List<CheckTemplate> existing = versions(region, normal);
        Instant now = Instant.now(clock);
        CheckTemplate saved = existing.isEmpty() ? CheckTemplate.first(region, normal, name, ids, user.username(), now)
                : existing.get(0).revise(region, existing.get(0).versionNo() + 1, name, ids, user.username(), now);
        try {
            return templates.save(saved);
        } catch (DataAccessException e) {
            throw PlatformException.conflict("inspection.template.versionStale");
        }
    }

    private static PlatformUser requireSupervisor() {
        PlatformUser user = PlatformUser.current();
        if (!user.has(Role.SUPERVISOR)) {
            throw PlatformException.forbidden("error.forbidden");
        }
        return user;
    }
}
