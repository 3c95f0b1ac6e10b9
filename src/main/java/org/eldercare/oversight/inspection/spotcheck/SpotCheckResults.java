package org.eldercare.oversight.inspection.spotcheck;

import java.sql.Timestamp;
import java.time.Clock;
import org.eldercare.oversight.inspection.InspectionCompleted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** INS-4 一公开: a signed record of a 双随机抽查 task is the result of the selected site that task was opened for. */
@Component
class SpotCheckResults {

    private final JdbcClient jdbc;
    private final Clock clock;

    SpotCheckResults(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InspectionCompleted done) {
        jdbc.sql("update spot_check_selection set completed_on = ?, items_checked = ?, items_failed = ?, result_recorded_at = ? "
                        + "where task_id = ? and institution_id = ?")
                .params(done.completedOn(), done.itemsChecked(), done.itemsFailed(), Timestamp.from(clock.instant()), done.taskId(),
                        done.institutionId()).update();
    }
}
