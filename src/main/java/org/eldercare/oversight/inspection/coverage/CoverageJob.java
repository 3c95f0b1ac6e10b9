package org.eldercare.oversight.inspection.coverage;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily refresh of the coverage to-dos (a recurring db-scheduler job through common.BackgroundJobs, ADR 0013), at 02:30. */
@Configuration(proxyBeanMethods = false)
class CoverageJob {

    static final String TASK = "inspection-coverage-todos";

    @Bean
    RecurringTask<Void> inspectionCoverageTodos(CoverageTodos todos) {
        return Tasks.recurring(TASK, Schedules.daily(LocalTime.of(2, 30))).execute((instance, context) -> todos.refresh());
    }
}
