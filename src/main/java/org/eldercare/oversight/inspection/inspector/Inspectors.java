package org.eldercare.oversight.inspection.inspector;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eldercare.oversight.common.Failures;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.RegionService;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspector directory's use cases (INS-1): supervisors add and change inspectors of their region and below and
 * declare conflicts; supervisors and inspectors read it within their scope. {@link #findAll} serves assignment.
 */
@Service
public class Inspectors {

    private final InspectorRepository repository;
    private final JdbcClient jdbc;
    private final DataScope scope;
    private final RegionService regions;
    private final Clock clock;

    Inspectors(InspectorRepository repository, JdbcClient jdbc, DataScope scope, RegionService regions, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.scope = scope;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional
    public Inspector add(Inspector.Input input) {
        PlatformUser user = requireSupervisor();
        checkRegions(input);
        return save(Inspector.create(input, user.username(), Instant.now(clock)));
    }

    @Transactional
    public Inspector update(long id, Inspector.Input input) {
        PlatformUser user = requireSupervisor();
        Inspector i = load(id);
        checkRegions(input);
        i.update(input, user.username(), Instant.now(clock));
        return save(i);
    }

    /** Declares that the inspector must step aside at a service site (回避). */
    @Transactional
    public Inspector declareConflict(long id, long institutionId, String reason) {
        PlatformUser user = requireSupervisor();
        Inspector i = load(id);
        i.declareConflict(institutionId, reason, user.username(), Instant.now(clock));
        return save(i);
    }

    /** An inspector of the caller's region or below; 404 otherwise. */
    public Inspector load(long id) {
        Inspector i = repository.findById(id).orElseThrow(() -> PlatformException.notFound("inspection.inspector.notFound"));
        if (!scope.contains(i.regionCode())) {
            throw PlatformException.notFound("inspection.inspector.notFound");
        }
        return i;
    }

    /** The inspectors among {@code ids} whatever their region (the caller checks scope); unknown ids are left out. */
    public List<Inspector> findAll(Collection<Long> ids) {
        List<Inspector> found = new ArrayList<>();
        repository.findAllById(ids).forEach(found::add);
        return found;
    }

    /** The directory in the caller's scope, newest first, keyset paged. */
    public ListPage<Inspector> page(PageCursor cursor) {
        String where = "from inspector where " + scope.condition("region_code");
        return cursor.page(c -> inOrder(c.bind(scope.bind(jdbc.sql("select id " + where + c.keyCondition("id")
                        + c.orderAndLimit("id")))).query(Long.class).list()), Inspector::id,
                () -> scope.bind(jdbc.sql(ListPage.countSql("select 1 " + where))).query(Long.class).single());
    }

    /** The active inspectors of a region and below (for a picker), at most 500. */
    public List<Inspector> active(String regionCode) {
        String path = jdbc.sql("select path from region where code = ?").param(regionCode).query(String.class).single();
        return inOrder(jdbc.sql("""
                select i.id from inspector i join region r on r.code = i.region_code
                where i.active and r.path like :path || '%' order by i.name limit 500""")
                .param("path", path).query(Long.class).list());
    }

    private List<Inspector> inOrder(List<Long> ids) {
        java.util.Map<Long, Inspector> byId = new java.util.HashMap<>();
        repository.findAllById(ids).forEach(i -> byId.put(i.id(), i));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private void checkRegions(Inspector.Input input) {
        if (input.regionCode() == null || !scope.contains(input.regionCode())) {
            throw PlatformException.badRequest("field.invalid", "所属区划");
        }
        regions.refuseRetired(input.regionCode(), null);
        if (input.homeTownshipCode() != null && !input.homeTownshipCode().isBlank() && !scope.contains(input.homeTownshipCode().trim())) {
            throw PlatformException.badRequest("field.invalid", "本人所在乡镇");
        }
    }

    private Inspector save(Inspector i) {
        try {
            return repository.save(i);
        } catch (DataAccessException e) {
            if (Failures.isOptimisticLock(e)) {
                throw PlatformException.conflict("inspection.changed");
            }
            if (Failures.isDuplicateKey(e)) {
                throw PlatformException.conflict("inspection.inspector.credentialTaken");
            }
            throw e;
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
