package org.eldercare.oversight.inspection.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.eldercare.oversight.common.AggregateRoot;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.inspection.InspectionCompleted;
import org.eldercare.oversight.inspection.inspector.Inspector;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An inspection task of a service site. Allowed transitions: 待检查 → 检查中 (start, with at least two inspectors),
 * 检查中 → 待签字 (submit), 待签字 → 检查中 (resume), 待签字 → 已完成 (complete, when the record is signed), and
 * 待检查 / 检查中 / 待签字 → 已取消 (cancel, with a reason). Every other transition is refused; each one records who, when, why.
 */
@Table("inspection_task")
public class InspectionTask extends AggregateRoot<InspectionTask> {

    /** A task was opened: its to-do appears. */
    public record Opened(long taskId, String regionCode, String institutionName, String kindLabel, LocalDate dueOn) {
    }

    /** A task was completed or cancelled: its to-do is done. */
    public record Closed(long taskId, TaskState state) {
    }

    /** An assigned inspector. */
    @Table("inspection_task_inspector")
    public record Assigned(long inspectorId) {
    }

    /** A transition: from, to, when, by whom, why. */
    @Table("inspection_transition")
    public record Transition(TaskState fromState, TaskState toState, Instant at, String byUser, String reason) {
    }

    /** The site as the registry gives it. */
    public record Site(long institutionId, String name, String uscc, String regionCode) {
    }

    /** What a new task is. */
    public record Plan(TaskKind kind, Site site, long templateId, LocalDate visitOn, LocalDate dueOn, LocalDate noticeOn,
                       String sourceType, String sourceRef, String reason) {
    }

    @Id
    private Long id;
    private TaskKind kind;
    private long institutionId;
    private String institutionName;
    private String uscc;
    private String regionCode;
    private long templateId;
    private LocalDate visitOn;
    private LocalDate dueOn;
    private LocalDate noticeOn;
    private TaskState state;
    private String sourceType;
    private String sourceRef;
    private String reason;
    private String cancelReason;
    private Instant createdAt;
    private String createdBy;
    @Version
    private int version;
    @MappedCollection(idColumn = "inspection_task", keyColumn = "inspection_task_key")
    private List<Assigned> inspectors = new ArrayList<>();
    @MappedCollection(idColumn = "inspection_task", keyColumn = "inspection_task_key")
    private List<Transition> transitions = new ArrayList<>();

    InspectionTask() {
    }

    /** Opens a task (待检查). A due date before the notice date, or a notice for an unannounced kind, is refused. */
    static InspectionTask open(Plan p, String by, Instant now) {
        if (p.kind() == null || p.site() == null || p.dueOn() == null) {
            throw PlatformException.badRequest("inspection.task.incomplete");
        }
        if (p.noticeOn() != null && p.dueOn().isBefore(p.noticeOn())) {
            throw PlatformException.badRequest("inspection.task.noticeAfterDue");
        }
        if (p.reason() != null && p.reason().length() > 500) {
            throw PlatformException.badRequest("field.tooLong", "事由", "500");
        }
        InspectionTask t = new InspectionTask();
        t.kind = p.kind();
        t.institutionId = p.site().institutionId();
        t.institutionName = p.site().name();
        t.uscc = p.site().uscc();
        t.regionCode = p.site().regionCode();
        t.templateId = p.templateId();
        t.visitOn = p.visitOn();
        t.dueOn = p.dueOn();
        t.noticeOn = p.kind().announced() ? p.noticeOn() : null;
        t.sourceType = p.sourceType();
        t.sourceRef = p.sourceRef();
        t.reason = p.reason() == null || p.reason().isBlank() ? null : p.reason().trim();
        t.createdAt = now;
        t.createdBy = by;
        t.move(TaskState.PENDING, by, now, t.reason);
        t.registerEvent(self -> new Opened(self.id, self.regionCode, self.institutionName, self.kind.label(), self.dueOn));
        return t;
    }

    /**
     * Assigns the inspectors (待检查 only): at least two, each with a credential valid on {@code day}, none with a conflict
     * at the site (declared 回避 or own township).
     */
    public void assign(List<Inspector> chosen, LocalDate day, String by, Instant now) {
        require(TaskState.PENDING, "assign");
        if (chosen.size() < 2 || new LinkedHashSet<>(chosen.stream().map(Inspector::id).toList()).size() < 2) {
            throw PlatformException.badRequest("inspection.task.twoInspectors");
        }
        for (Inspector i : chosen) {
            if (!i.credentialValidOn(day)) {
                throw PlatformException.badRequest("inspection.task.credentialInvalid", i.name());
            }
            if (i.conflictedWith(institutionId, regionCode)) {
                throw PlatformException.badRequest("inspection.task.conflicted", i.name());
            }
        }
        inspectors = new ArrayList<>(chosen.stream().map(i -> new Assigned(i.id())).distinct().toList());
        transitions.add(new Transition(state, state, now, by, "指派检查人员"));
    }

    public void start(String by, Instant now) {
        require(TaskState.PENDING, "start");
        if (inspectors.size() < 2) {
            throw PlatformException.conflict("inspection.task.twoInspectors");
        }
        move(TaskState.IN_PROGRESS, by, now, null);
    }

    public void submit(String by, Instant now) {
        require(TaskState.IN_PROGRESS, "submit");
        move(TaskState.AWAITING_SIGNATURE, by, now, null);
    }

    public void resume(String why, String by, Instant now) {
        require(TaskState.AWAITING_SIGNATURE, "resume");
        move(TaskState.IN_PROGRESS, by, now, why);
    }

    /** The record was signed: 已完成; publishes {@link InspectionCompleted}. */
    public void complete(LocalDate on, int checked, int failed, String by, Instant now) {
        require(TaskState.AWAITING_SIGNATURE, "complete");
        move(TaskState.COMPLETED, by, now, "现场检查记录已签字");
        registerEvent(self -> new InspectionCompleted(self.id, institutionId, uscc, regionCode, kind.name(), on, checked, failed));
        registerEvent(self -> new Closed(self.id, TaskState.COMPLETED));
    }

    public void cancel(String why, String by, Instant now) {
        if (!state.open()) {
            throw refused("cancel");
        }
        if (why == null || why.isBlank()) {
            throw PlatformException.badRequest("field.required", "取消原因");
        }
        if (why.trim().length() > 500) {
            throw PlatformException.badRequest("field.tooLong", "取消原因", "500");
        }
        cancelReason = why.trim();
        move(TaskState.CANCELLED, by, now, cancelReason);
        registerEvent(self -> new Closed(self.id, TaskState.CANCELLED));
    }

    private void require(TaskState expected, String action) {
        if (state != expected) {
            throw refused(action);
        }
    }

    private PlatformException refused(String action) {
        return PlatformException.conflict("inspection.task.refused", state.label(), TaskActions.label(action));
    }

    private void move(TaskState to, String by, Instant now, String why) {
        transitions.add(new Transition(state, to, now, by, why));
        state = to;
    }

    /** Whether the institution may see the task on {@code today}: announced and the notice date reached, or completed. */
    public boolean visibleToInstitution(LocalDate today) {
        return state == TaskState.COMPLETED || (noticeOn != null && !today.isBefore(noticeOn) && state != TaskState.CANCELLED);
    }

    public Long id() { return id; }
    public TaskKind kind() { return kind; }
    public long institutionId() { return institutionId; }
    public String institutionName() { return institutionName; }
    public String uscc() { return uscc; }
    public String regionCode() { return regionCode; }
    public long templateId() { return templateId; }
    public LocalDate visitOn() { return visitOn; }
    public LocalDate dueOn() { return dueOn; }
    public LocalDate noticeOn() { return noticeOn; }
    public TaskState state() { return state; }
    public String sourceType() { return sourceType; }
    public String sourceRef() { return sourceRef; }
    public String reason() { return reason; }
    public String cancelReason() { return cancelReason; }
    public List<Long> inspectorIds() { return inspectors.stream().map(Assigned::inspectorId).toList(); }
    public List<Transition> transitions() {
        return List.copyOf(transitions);
    }
}
