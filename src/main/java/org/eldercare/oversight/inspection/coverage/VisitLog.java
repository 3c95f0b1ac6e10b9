package org.eldercare.oversight.inspection.coverage;

import java.sql.Timestamp;
import java.time.Clock;
import org.eldercare.oversight.inspection.InspectionCompleted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Records each completed on-site inspection once (by task id), for coverage. */
@Component
class VisitLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    VisitLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InspectionCompleted done) {
        jdbc.sql("insert into inspection_visit (task_id, institution_id, region_code, kind, completed_on, items_checked, items_failed, "
                        + "recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (task_id) do nothing")
                .params(done.taskId(), done.institutionId(), done.regionCode(), done.kind(), done.completedOn(), done.itemsChecked(),
                        done.itemsFailed(), Timestamp.from(clock.instant())).update();
    }
}
