package org.eldercare.oversight.inspection.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Failures;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.inspection.InspectionRequests;
import org.eldercare.oversight.inspection.catalogue.Catalogue;
import org.eldercare.oversight.inspection.inspector.Inspector;
import org.eldercare.oversight.inspection.inspector.Inspectors;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task use cases: open (a supervisor, or another module through {@link InspectionRequests}), assign inspectors,
 * resume, cancel; loading a task for reading (scope; an institution only its own announced or completed tasks) and for
 * work (supervisors and inspectors in scope). The on-site part ({@code onsite}) starts, submits and completes tasks.
 */
@Service
public class Tasks implements InspectionRequests {

    /** A supervisor's new task; {@code dueOn} or else {@code dueWorkingDays} from today (preset 20). */
    public record NewTask(String kind, Long institutionId, String templateCode, LocalDate visitOn, LocalDate dueOn,
                          Integer dueWorkingDays, List<Long> inspectorIds, String reason) {
    }

    private final TaskRepository tasks;
    private final InstitutionRoster roster;
    private final Inspectors inspectors;
    private final Catalogue catalogue;
    private final WorkingDayCalendar calendar;
    private final InspectionSettings settings;
    private final DataScope scope;
    private final Clock clock;

    Tasks(TaskRepository tasks, InstitutionRoster roster, Inspectors inspectors, Catalogue catalogue, WorkingDayCalendar calendar,
          InspectionSettings settings, DataScope scope, Clock clock) {
        this.tasks = tasks;
        this.roster = roster;
        this.inspectors = inspectors;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.settings = settings;
        this.scope = scope;
        this.clock = clock;
    }

    /** Opens a task for a site in the caller's scope (supervisors). */
    @Transactional
    public InspectionTask open(NewTask in) {
        PlatformUser user = requireRole(Role.SUPERVISOR);
        TaskKind kind = Labelled.parse(TaskKind.class, in.kind(), "检查类别");
        if (in.institutionId() == null) {
            throw PlatformException.badRequest("field.required", "检查对象");
        }
        InspectionTask.Site site = site(in.institutionId());
        scope.require(site.regionCode());
        LocalDate today = today();
        if (in.visitOn() != null && in.visitOn().isBefore(today)) {
            throw PlatformException.badRequest("inspection.task.visitPast");
        }
        if (kind.announced() && in.visitOn() == null) {
            throw PlatformException.badRequest("inspection.task.visitRequired");
        }
        int n = in.dueWorkingDays() == null ? settings.value(site.regionCode(), InspectionSettings.VERIFICATION_DEADLINE)
                : in.dueWorkingDays();
        if (n < 1 || n > WorkingDayCalendar.MAX_WORKING_DAYS) {
            throw PlatformException.badRequest("field.invalid", "期限（工作日）");
        }
        LocalDate due = in.dueOn() != null ? in.dueOn() : calendar.deadline(today, n).deadline();
        if (due.isBefore(today) || (in.visitOn() != null && due.isBefore(in.visitOn()))) {
            throw PlatformException.badRequest("inspection.task.dueBeforeVisit");
        }
        LocalDate notice = kind.announced() ? noticeFor(in.visitOn(), site.regionCode()) : null;
        String template = in.templateCode() == null || in.templateCode().isBlank() ? kind.defaultTemplate() : in.templateCode().trim();
        long templateId = catalogue.current(site.regionCode(), template).id();
        InspectionTask t = InspectionTask.open(new InspectionTask.Plan(kind, site, templateId, in.visitOn(), due, notice, null, null,
                in.reason()), user.username(), Instant.now(clock));
        if (in.inspectorIds() != null && !in.inspectorIds().isEmpty()) {
            t.assign(chosen(in.inspectorIds()), in.visitOn() == null ? today : in.visitOn(), user.username(), Instant.now(clock));
        }
        return save(t);
    }

    /** {@link InspectionRequests}: the caller module has checked its own caller's scope. */
    @Override
    @Transactional
    public long open(Request r) {
        TaskKind kind = Labelled.parse(TaskKind.class, r.kind(), "检查类别");
        InspectionTask.Site site = site(r.institutionId());
        long templateId = catalogue.current(site.regionCode(), kind.defaultTemplate()).id();
        InspectionTask t = InspectionTask.open(new InspectionTask.Plan(kind, site, templateId, null, r.dueOn(), r.noticeOn(),
                r.sourceType(), r.sourceRef(), r.reason()), r.requestedBy(), Instant.now(clock));
        if (r.inspectorIds() != null && !r.inspectorIds().isEmpty()) {
            t.assign(chosen(r.inspectorIds()), today(), r.requestedBy(), Instant.now(clock));
        }
        return save(t).id();
    }

    /** Assigns (or re-assigns) the inspectors of a waiting task. */
    @Transactional
    public InspectionTask assign(long id, List<Long> inspectorIds) {
        PlatformUser user = requireRole(Role.SUPERVISOR);
        InspectionTask t = loadForWork(id);
        t.assign(chosen(inspectorIds == null ? List.of() : inspectorIds), t.visitOn() == null ? today() : t.visitOn(),
                user.username(), Instant.now(clock));
        return save(t);
    }

    @Transactional
    public InspectionTask cancel(long id, String reason) {
        PlatformUser user = requireRole(Role.SUPERVISOR);
        InspectionTask t = loadForWork(id);
        t.cancel(reason, user.username(), Instant.now(clock));
        return save(t);
    }

    /** A task the caller may read; 404 otherwise. An institution reads its own tasks once announced, or completed. */
    public InspectionTask load(long id) {
        InspectionTask t = tasks.findById(id).orElseThrow(() -> PlatformException.notFound("inspection.task.notFound"));
        PlatformUser user = PlatformUser.current();
        if (!scope.contains(t.regionCode())) {
            throw PlatformException.notFound("inspection.task.notFound");
        }
        if (user.institutionOnly() && (user.institutionId() == null || user.institutionId() != t.institutionId()
                || !t.visibleToInstitution(today()))) {
            throw PlatformException.notFound("inspection.task.notFound");
        }
        return t;
    }

    /** A task the caller works on: supervisors and inspectors in scope. */
    public InspectionTask loadForWork(long id) {
        InspectionTask t = load(id);
        PlatformUser user = PlatformUser.current();
        if (!user.has(Role.SUPERVISOR) && !user.has(Role.INSPECTOR)) {
            throw PlatformException.forbidden("error.forbidden");
        }
        return t;
    }

    /** Saves a transition; one that raced with another is a 409. */
    public InspectionTask save(InspectionTask t) {
        try {
            return tasks.save(t);
        } catch (DataAccessException e) {
            throw Failures.isOptimisticLock(e) ? PlatformException.conflict("inspection.changed") : e;
        }
    }

    /** The day {@code n} working days (a regional setting) before the visit: the advance notice of an announced check. */
    LocalDate noticeFor(LocalDate visitOn, String regionCode) {
        int n = settings.value(regionCode, InspectionSettings.NOTICE);
        LocalDate day = visitOn;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private List<Inspector> chosen(List<Long> ids) {
        List<Inspector> found = inspectors.findAll(ids);
        if (found.size() != ids.stream().distinct().count()) {
            throw PlatformException.badRequest("inspection.task.unknownInspector");
        }
        return found;
    }

    private InspectionTask.Site site(long institutionId) {
        InstitutionRoster.Entry e = roster.find(institutionId)
                .orElseThrow(() -> PlatformException.notFound("inspection.task.siteNotFound"));
        return new InspectionTask.Site(e.id(), e.name(), e.uscc(), e.regionCode());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }

    static PlatformUser requireRole(Role role) {
        PlatformUser user = PlatformUser.current();
        if (!user.has(role)) {
            throw PlatformException.forbidden("error.forbidden");
        }
        return user;
    }
}
