package org.eldercare.oversight.registry.crosscheck;

import java.sql.Timestamp;
import java.time.Clock;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.registry.archive.Institution;
import org.eldercare.oversight.registry.archive.InstitutionService;
import org.eldercare.oversight.todo.TodoBoard;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final Clock clock;
    private final InstitutionService institutions;
    private final TodoBoard todos;
    private final DeadlineTracker deadlines;

    LeadFollowUps(JdbcClient jdbc, Clock clock, InstitutionService institutions, TodoBoard todos, DeadlineTracker deadlines) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.institutions = institutions;
        this.todos = todos;
        this.deadlines = deadlines;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(Institution.Archived e) {
        jdbc.sql("select verified_at from verification_lead where uscc = ? and result = 'OPERATING_UNFILED' "
                        + "order by verified_at desc limit 1")
                .param(e.uscc()).query(Timestamp.class).optional()
                .ifPresent(verified -> {
                    institutions.recordDiscoveryUnlessFiled(e.institutionId(), verified.toInstant().atZone(clock.getZone()).toLocalDate());
                    todos.complete(RegistrationImportService.LEAD_FOLLOW_UP_TASK, e.uscc());
                    deadlines.untrack(RegistrationImportService.LEAD_FOLLOW_UP_TASK, e.uscc());
                });
    }
}
