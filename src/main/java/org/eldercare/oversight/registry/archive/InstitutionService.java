package org.eldercare.oversight.registry.archive;


import org.eldercare.oversight.registry.crosscheck.RegistrationImportService;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The institution archive (REG-1): create and edit within the caller's scope, versioned change history. */
@Service
public class InstitutionService {

    public static final String DISCOVERY_TASK = "registry.unfiled-discovery";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final InstitutionRepository institutions;
    private final RegionService regions;
    private final DataScope scope;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DeadlineTracker deadlines;
    private final RegistrySettings settings;
    private final TodoBoard todos;

    InstitutionService(InstitutionRepository institutions, RegionService regions, DataScope scope, JdbcClient jdbc, Clock clock,
                       DeadlineTracker deadlines, RegistrySettings settings, TodoBoard todos) {
        this.institutions = institutions;
        this.regions = regions;
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
        this.deadlines = deadlines;
        this.settings = settings;
        this.todos = todos;
    }

    @Transactional
    public long create(String usccRaw, InstitutionFacts facts) {
        Caller caller = Caller.current();
        if (!caller.supervisor()) {
            throw PlatformException.forbidden("error.forbidden");
        }
        Uscc uscc = Uscc.parse(usccRaw);
        checkRegion(facts.regionCode());
        if (institutions.findByUscc(uscc.value()).isPresent()) {
            throw PlatformException.conflict("registry.uscc.duplicate", uscc.value());
        }
        Instant now = Instant.now(clock);
        Institution i = Institution.create(uscc, facts, caller.name(), now);
        try {
            i = institutions.save(i);
        } catch (DuplicateKeyException e) {
            throw PlatformException.conflict("registry.uscc.duplicate", uscc.value());
        }
        recordChange(i.id(), "CREATE", Map.of(), caller.name(), now);
        followUpVerifiedLead(i, caller.name());
        return i.id();
    }

    /**
     * An archive created for an entity that a township already found providing care unfiled (REG-4 lead): the discovery
     * dates from that verification, so the REG-3 inspection keeps the due date the supervisors were given.
     */
    private void followUpVerifiedLead(Institution i, String by) {
        jdbc.sql("select verified_at from verification_lead where uscc = ? and result = 'OPERATING_UNFILED' order by verified_at desc limit 1")
                .param(i.uscc()).query(Timestamp.class).optional()
                .ifPresent(verified -> {
                    discover(i, verified.toInstant().atZone(clock.getZone()).toLocalDate(), by);
                    todos.complete(RegistrationImportService.LEAD_FOLLOW_UP_TASK, i.uscc());
                    deadlines.untrack(RegistrationImportService.LEAD_FOLLOW_UP_TASK, i.uscc());
                });
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
        checkRegion(facts.regionCode());
        Instant now = Instant.now(clock);
        Map<String, Object[]> changes = i.apply(facts, caller.name(), now);
        institutions.save(i);
        if (!changes.isEmpty()) {
            recordChange(id, "UPDATE", changes, caller.name(), now);
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
            recordChange(id, "SELF_REPORT", changes, caller.name(), now);
        }
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
        Instant now = Instant.now(clock);
        String before = i.unfiledDiscoveredDate() == null ? null : i.unfiledDiscoveredDate().toString();
        i.recordUnfiledDiscovery(discoveredOn);
        institutions.save(i);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("发现未备案收住老人日期", new Object[] {before, discoveredOn.toString()});
        recordChange(i.id(), "DISCOVERY", changes, by, now);
        Deadline due = deadlines.track(DISCOVERY_TASK, String.valueOf(i.id()), discoveredOn,
                settings.value(i.regionCode(), RegistrySettings.VERIFICATION_DEADLINE));
        todos.publish(new TodoItem(DISCOVERY_TASK, String.valueOf(i.id()), i.regionCode(), "SUPERVISOR",
                "未备案收住老人，现场检查并督促备案：" + i.name(), "/registry/institutions/" + i.id(), due.deadline(), due.provisional()));
        return due;
    }

    /** Loads an institution the caller may read: in scope, and for an institution user only its own. 404 otherwise. */
    public Institution loadReadable(long id) {
        Institution i = institutions.findById(id).orElseThrow(() -> PlatformException.notFound("registry.institution.notFound"));
        Caller caller = Caller.current();
        if (caller.institutionOnly()) {
            if (caller.institutionId() == null || caller.institutionId() != id) {
                throw PlatformException.notFound("registry.institution.notFound");
            }
        } else if (!scope.contains(i.regionCode())) {
            throw PlatformException.notFound("registry.institution.notFound");
        }
        return i;
    }

    public Institution loadReadableByUscc(String uscc) {
        String normalised = uscc == null ? "" : uscc.trim().toUpperCase(java.util.Locale.ROOT);
        Institution i = institutions.findByUscc(normalised).orElseThrow(() -> PlatformException.notFound("registry.institution.notFound"));
          return loadReadable(i.id());
    }

    private void checkRegion(String regionCode) {
        Region r = regions.find(regionCode).orElseThrow(() -> PlatformException.badRequest("registry.region.invalid"));
        if (r.level() != Region.TOWNSHIP) {
            throw PlatformException.badRequest("registry.region.township");
        }
        if (!scope.contains(regionCode)) {
            throw PlatformException.badRequest("user.region.outOfScope", regionCode);
        }
    }

    public void recordChange(long institutionId, String action, Map<String, Object[]> changes, String by, Instant now) {
        Map<String, Map<String, Object>> json = new LinkedHashMap<>();
        changes.forEach((field, ba) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("before", ba[0]);
            m.put("after", ba[1]);
            json.put(field, m);
        });
        jdbc.sql("insert into institution_change (institution_id, changed_at, changed_by, action, changes) values (?, ?, ?, ?, ?)")
                .params(institutionId, Timestamp.from(now), by, action, JSON.writeValueAsString(json)).update();
    }

    public record Change(Instant changedAt, String changedBy, String action, List<FieldChange> fields) {
        public String actionLabel() {
            return switch (action) {
                case "CREATE" -> "建档";
                case "UPDATE" -> "监管员修改";
                case "SELF_REPORT" -> "机构自报";
                case "DISCOVERY" -> "发现未备案收住老人";
                case "FILED" -> "备案通过";
                case "REVOKED" -> "备案撤销";
                default -> action;
            };
        }
    }

    public record FieldChange(String field, String before, String after) {
    }

    /** Change history, newest first. */
    public List<Change> history(long id) {
        loadReadable(id);
        return jdbc.sql("select changed_at, changed_by, action, changes from institution_change where institution_id = ? order by id desc")
                .param(id).query((rs, n) -> new Change(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                        rs.getString("action"), fields(rs.getString("changes")))).list();
    }

    private static List<FieldChange> fields(String json) {
        List<FieldChange> list = new java.util.ArrayList<>();
        JSON.readTree(json).properties().forEach(e -> list.add(new FieldChange(e.getKey(),
                text(e.getValue().get("before")), text(e.getValue().get("after")))));
        return list;
    }

    private static String text(tools.jackson.databind.JsonNode n) {
        if (n == null || n.isNull()) {
            return "—";
        }
        if (n.isBoolean()) {
            return n.asBoolean() ? "是" : "否";
        }
        return n.asString();
    }
}
