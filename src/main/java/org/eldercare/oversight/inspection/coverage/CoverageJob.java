package org.eldercare.oversight.inspection.coverage;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily refresh of the coverage to-dos at 02:30 Asia/Shanghai: a db-scheduler recurring task through
 * common.BackgroundJobs (ADR 0013), which runs it on one node and schedules it itself at start-up.
 */
@Configuration(proxyBeanMethods = false)
class CoverageJob {

    static final String TASK = "inspection-coverage-todos";

    @Bean
    RecurringTask<Void> coverageTodosDaily(CoverageTodos todos) {
        return Tasks.recurring(TASK, Schedules.daily(ZoneId.of("Asia/Shanghai"), LocalTime.of(2, 30)))
                .execute((instance, context) -> todos.refresh());
    }
}
