package org.eldercare.oversight.registry.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.common.Failures;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The institution archive (REG-1): create and edit within the caller's scope, versioned change history. */
@Service
public class InstitutionService {

    private final InstitutionRepository institutions;
    private final InstitutionHistory history;
    private final RegionService regions;
    private final DataScope scope;
    private final Clock clock;
    private final DiscoveryTasks discoveryTasks;

    InstitutionService(InstitutionRepository institutions, InstitutionHistory history, RegionService regions, DataScope scope,
                       Clock clock, DiscoveryTasks discoveryTasks) {
        this.institutions = institutions;
        this.history = history;
        this.regions = regions;
        this.scope = scope;
        this.clock = clock;
        this.discoveryTasks = discoveryTasks;
    }

    @Transactional
    public long create(String usccRaw, InstitutionFacts facts) {
        Caller caller = Caller.current();
        if (!caller.supervisor()) {
            throw PlatformException.forbidden("error.forbidden");
        }
        Uscc uscc = Uscc.parse(usccRaw);
        checkRegion(facts.regionCode(), null);
        if (!institutions.findByUsccOrderBySiteNo(uscc.value()).isEmpty()) {
            throw PlatformException.conflict("registry.uscc.duplicate", uscc.value());
        }
        Instant now = Instant.now(clock);
        Institution i = Institution.create(uscc, facts, caller.name(), now);
        try {
            i = institutions.save(i);
        } catch (DataAccessException e) {
            if (!Failures.isDuplicateKey(e)) {
                throw e;
            }
            throw PlatformException.conflict("registry.uscc.duplicate", uscc.value());
        }
        history.record(i.id(), ChangeAction.CREATE, Map.of(), caller.name(), now);
        return i.id();
    }

    /**
     * Records a discovery (REG-3) from a verified lead for the institution the lead was matched to (the lead was in the
     * caller's scope, the institution's township may differ); a filed institution needs no discovery inspection.
     */
    public void recordDiscoveryUnlessFiled(long id, LocalDate discoveredOn) {
        Institution i = institutions.findById(id).orElseThrow(() -> PlatformException.notFound("registry.institution.notFound"));
        if (i.filingStatus() != FilingState.FILED) {
            discover(i, discoveredOn, Caller.current().name());
        }
    }

    @Transactional
    public void update(long id, InstitutionFacts facts) {
        Caller caller = Caller.current();
        if (!caller.supervisor()) {
            throw PlatformException.forbidden("error.forbidden");
        }
        Institution i = loadReadable(id);
        checkRegion(facts.regionCode(), i.regionCode());
        Instant now = Instant.now(clock);
        Map<String, Object[]> changes = i.apply(facts, caller.name(), now);
        institutions.save(i);
        if (!changes.isEmpty()) {
            history.record(id, ChangeAction.UPDATE, changes, caller.name(), now);
            shareEntityFacts(i, caller.name(), now);
        }
    }

    /** REG-10: the legal entity's facts edited on one site hold for all its sites (each change in its own history). */
    private void shareEntityFacts(Institution edited, String by, Instant now) {
        for (Institution sibling : institutions.findByUsccOrderBySiteNo(edited.uscc())) {
            if (!sibling.id().equals(edited.id())) {
                Map<String, Object[]> changes = sibling.adoptEntityFacts(edited, by, now);
                if (!changes.isEmpty()) {
                    institutions.save(sibling);
                    history.record(sibling.id(), ChangeAction.UPDATE, changes, by, now);
                }
            }
        }
    }

    /** An institution user reports its own contact and facts; supervisors may do the same on its behalf. */
    @Transactional
    public void updateSelfReported(long id, InstitutionFacts.SelfReported facts) {
        Caller caller = Caller.current();
        Institution i = loadReadable(id);
        if (!caller.supervisor() && !(caller.institutionId() != null && caller.institutionId() == id)) {
            throw PlatformException.forbidden("error.forbidden");
        }
        Instant now = Instant.now(clock);
        Map<String, Object[]> changes = i.applySelfReported(facts, caller.name(), now);
        institutions.save(i);
        if (!changes.isEmpty()) {
            boolean own = caller.institutionId() != null && caller.institutionId() == id;
            history.record(id, own ? ChangeAction.SELF_REPORT : ChangeAction.SELF_REPORT_BY_BUREAU, changes, caller.name(), now);
        }
    }

    /**
     * REG-3: the first-admission date given with a new filing goes into the archive (recorded as a change) when the
     * archive has none; a date that differs from the archive's is refused, so a late filing cannot be made on time.
     * Returns the date the filing deadline counts from (null when neither knows it).
     */
    public LocalDate firstAdmissionFor(Institution i, LocalDate given) {
        if (given == null || given.equals(i.firstAdmissionDate())) {
            return i.firstAdmissionDate();
        }
        Caller caller = Caller.current();
        Instant now = Instant.now(clock);
        Map<String, Object[]> changes = i.recordFirstAdmission(given, caller.name(), now);
        institutions.save(i);
        history.record(i.id(), caller.supervisor() ? ChangeAction.UPDATE : ChangeAction.SELF_REPORT, changes, caller.name(), now);
        return given;
    }

    /**
     * REG-3: an unfiled institution found admitting residents; the on-site inspection is due 20 working days after
     * the discovery date and shows on the supervisors' to-do list.
     */
    @Transactional
    public Deadline recordUnfiledDiscovery(long id, LocalDate discoveredOn) {
        Caller caller = Caller.current();
        if (!caller.supervisor() && !caller.township()) {
            throw PlatformException.forbidden("error.forbidden");
        }
        if (discoveredOn == null || discoveredOn.isAfter(LocalDate.now(clock))) {
            throw PlatformException.badRequest("registry.discovery.date");
        }
        return discover(loadReadable(id), discoveredOn, caller.name());
    }

    private Deadline discover(Institution i, LocalDate discoveredOn, String by) {
        String before = i.unfiledDiscoveredDate() == null ? null : i.unfiledDiscoveredDate().toString();
        i.recordUnfiledDiscovery(discoveredOn);
        institutions.save(i);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("发现未备案收住老人日期", new Object[] {before, discoveredOn.toString()});
        history.record(i.id(), ChangeAction.DISCOVERY, changes, by, Instant.now(clock));
        return discoveryTasks.due(i.regionCode(), discoveredOn); // the inspection module opens and tracks the task
    }

    /** Loads an institution the caller may read: in scope, and for an institution user only its own. 404 otherwise. */
    public Institution loadReadable(long id) {
        Institution i = institutions.findById(id).orElseThrow(() -> PlatformException.notFound("registry.institution.notFound"));
        if (!readable(i)) {
            throw PlatformException.notFound("registry.institution.notFound");
        }
        return i;
    }

    /** In the caller's scope; for an institution account, its own site only. */
    boolean readable(Institution i) {
        Caller caller = Caller.current();
        if (caller.institutionOnly()) {
            return caller.institutionId() != null && caller.institutionId().equals(i.id());
        }
        return scope.contains(i.regionCode());
    }

    /** {@code previousRegion}: the institution's township so far (null when new); a retired one is kept, never newly given. */
    void checkRegion(String regionCode, String previousRegion) {
        Region r = regions.find(regionCode).orElseThrow(() -> PlatformException.badRequest("registry.region.invalid"));
        if (r.level() != Region.TOWNSHIP) {
            throw PlatformException.badRequest("registry.region.township");
        }
        if (!scope.contains(regionCode)) {
            throw PlatformException.badRequest("user.region.outOfScope", regionCode);
        }
        regions.refuseRetired(regionCode, previousRegion);
    }

    /** Change history, newest first. */
    public List<InstitutionHistory.Change> history(long id) {
        loadReadable(id);
        return history.of(id);
    }
}
