package org.eldercare.oversight.registry.crosscheck;

import java.time.Clock;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.registry.archive.Institution;
import org.eldercare.oversight.registry.archive.InstitutionService;
import org.eldercare.oversight.todo.TodoBoard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * REG-4 → REG-3: an archive created for an entity that a township already found providing care unfiled dates its
 * discovery from that verification, so the inspection keeps the due date the supervisors were given; the supervisors'
 * "archive this entity" to-do is done. Runs just before the archive's transaction commits (after its CREATE history
 * entry), in that transaction.
 */
@Component
class LeadFollowUps {

    private final VerificationLeadRepository leads;
    private final Clock clock;
    private final InstitutionService institutions;
    private final TodoBoard todos;
    private final DeadlineTracker deadlines;

    LeadFollowUps(VerificationLeadRepository leads, Clock clock, InstitutionService institutions, TodoBoard todos,
                  DeadlineTracker deadlines) {
        this.leads = leads;
        this.clock = clock;
        this.institutions = institutions;
        this.todos = todos;
        this.deadlines = deadlines;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(Institution.Archived e) {
        leads.findFirstByUsccAndResultOrderByVerifiedAtDesc(e.uscc(), VerificationLead.Result.OPERATING_UNFILED)
                .ifPresent(lead -> {
                    institutions.recordDiscoveryUnlessFiled(e.institutionId(), lead.verifiedAt().atZone(clock.getZone()).toLocalDate());
                    todos.complete(LeadTasks.FOLLOW_UP_TASK, e.uscc());
                    deadlines.untrack(LeadTasks.FOLLOW_UP_TASK, e.uscc());
                });
    }
}
