package org.eldercare.oversight.credit.listing;

import java.time.LocalDate;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.credit.record.RuleBook;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The bureau's desk for a list procedure (CRD-3): one to-do per procedure for the supervisors of its region, naming the next
 * step; the 陈述申辩 period is a tracked deadline (working days, recomputed when a holiday year is loaded), and the decision
 * to-do falls due when it ends. Runs in the transaction of the step.
 */
@Component
class ListingTasks {

    static final String TASK = "credit.listing";
    private final TodoBoard todos;
    private final DeadlineTracker deadlines;
    private final RuleBook rules;

    ListingTasks(TodoBoard todos, DeadlineTracker deadlines, RuleBook rules) {
        this.todos = todos;
        this.deadlines = deadlines;
        this.rules = rules;
    }

    @EventListener
    void on(Listing.Stepped e) {
        String source = String.valueOf(e.listingId());
        switch (e.status()) {
            case PROPOSED -> publish(e, "拟列入失信名单，待送达告知书：", null, false);
            case NOTIFIED -> {
                // the same source as the to-do: a newly loaded holiday year moves the to-do's due date with the deadline
                Deadline due = deadlines.track(TASK, source, e.noticedOn(), rules.settings(e.regionCode()).objectionDays());
                publish(e, "陈述申辩期届满后作出列入决定：", due.deadline(), due.provisional());
            }
            case OBJECTED -> publish(e, "复核陈述申辩：", null, false);
            case REVIEWED -> publish(e, "作出列入决定（经法制审核）：", null, false);
            case DECIDED -> publish(e, "公布失信名单：", null, false);
            default -> todos.complete(TASK, source);
        }
        if (e.status() != ListingStatus.NOTIFIED) {
            deadlines.untrack(TASK, source);
        }
    }

    private void publish(Listing.Stepped e, String what, LocalDate due, boolean provisional) {
        todos.publish(new TodoItem(TASK, String.valueOf(e.listingId()), e.regionCode(), Role.SUPERVISOR, what + e.subjectName(),
                "/credit/listings/" + e.listingId(), due, provisional));
    }
}
