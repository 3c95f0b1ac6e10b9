package org.eldercare.oversight.complaint.handling;

import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The side effects of a complaint's steps: the feedback deadline (tracked, working days, recomputed when a year's holidays
 * are loaded) and the bureau's to-do due on it, which shows 已逾期 on the county's workbench once it has passed; the referred
 * department's to-do until its objection period ends; all done once the complaint is answered or closed.
 */
@Component
class ComplaintTasks {

    static final String FEEDBACK = "complaint.feedback";
    static final String WARNING = "complaint.feedback-warning";
    static final String REFERRAL = "complaint.referral";
    static final String HANDLING = "complaint.handling";
    private final ComplaintRepository complaints;
    private final ComplaintSettings settings;
    private final DeadlineTracker deadlines;
    private final TodoBoard todos;

    ComplaintTasks(ComplaintRepository complaints, ComplaintSettings settings, DeadlineTracker deadlines, TodoBoard todos) {
        this.complaints = complaints;
        this.settings = settings;
        this.deadlines = deadlines;
        this.todos = todos;
    }

    @EventListener
    void on(Complaint.Registered e) {
        Complaint c = complaints.findById(e.complaintId()).orElseThrow();
        String id = String.valueOf(c.id());
        Deadline d = deadlines.track(FEEDBACK, id, c.registeredOn(), settings.value(c.regionCode(), ComplaintSettings.FEEDBACK));
        todos.publish(new TodoItem(FEEDBACK, id, c.regionCode(), Role.SUPERVISOR, "投诉待反馈：" + c.summary(), link(c), d.deadline(),
                d.provisional()));
        if (e.departmentCode() != null) {
            todos.publish(new TodoItem(REFERRAL, id, c.regionCode(), Role.DEPARTMENT,
                    "投诉转办（" + Departments.name(e.departmentCode()) + "）：" + c.summary() + "，如非本部门职责请于期限内提出异议",
                    link(c), e.objectionDue(), false));
        }
    }

    @EventListener
    void on(Complaint.Objected e) {
        todos.complete(REFERRAL, String.valueOf(e.complaintId()));
    }

    @EventListener
    void on(Complaint.FeedbackGiven e) {
        String id = String.valueOf(e.complaintId());
        deadlines.untrack(FEEDBACK, id);
        todos.complete(FEEDBACK, id);
        todos.complete(WARNING, id);
        Complaint c = complaints.findById(e.complaintId()).orElseThrow();
        if (c.state() == ComplaintState.ACCEPTED) {
            todos.publish(new TodoItem(HANDLING, id, c.regionCode(), Role.SUPERVISOR, "投诉办理：" + c.summary(), link(c),
                    c.handlingDue(), false));
        }
    }

    @EventListener
    void on(Complaint.Closed e) {
        String id = String.valueOf(e.complaintId());
        for (String type : new String[] {FEEDBACK, WARNING, REFERRAL, HANDLING}) {
            todos.complete(type, id);
        }
    }

    static String link(Complaint c) {
        return "/complaints/" + c.id();
    }
}
