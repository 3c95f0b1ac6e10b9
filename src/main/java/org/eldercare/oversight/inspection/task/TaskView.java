package org.eldercare.oversight.inspection.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.inspection.inspector.Inspector;

/** A task as the API and pages show it. */
public record TaskView(long id, String kind, String kindLabel, long institutionId, String institutionName, String regionCode,
                       long templateId, LocalDate visitOn, LocalDate dueOn, LocalDate noticeOn, String state, String stateLabel,
                       String reason, String cancelReason, String sourceType, String sourceRef, List<Person> inspectors,
                       List<Step> transitions) {

    /** An assigned inspector. */
    public record Person(long id, String name, String department, String credentialNo) {
    }

    /** A transition. */
    public record Step(String from, String to, Instant at, String by, String reason) {
    }

    public static TaskView of(InspectionTask t, List<Inspector> assigned) {
        List<Person> people = t.inspectorIds().stream().map(id -> assigned.stream().filter(i -> i.id().equals(id)).findFirst()
                .map(i -> new Person(i.id(), i.name(), i.departmentLabel(), i.credentialNo())).orElse(new Person(id, "?", "", "")))
                .toList();
        List<Step> steps = t.transitions().stream().map(s -> new Step(s.fromState() == null ? null : s.fromState().label(),
                s.toState().label(), s.at(), s.byUser(), s.reason())).toList();
        return new TaskView(t.id(), t.kind().name(), t.kind().label(), t.institutionId(), t.institutionName(), t.regionCode(),
                t.templateId(), t.visitOn(), t.dueOn(), t.noticeOn(), t.state().name(), t.state().label(), t.reason(), t.cancelReason(),
                t.sourceType(), t.sourceRef(), people, steps);
    }
}
