package org.eldercare.oversight.inspection.coverage;

import com.github.kagkarlsson.scheduler.task.AbstractTask;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.eldercare.oversight.common.BackgroundJobs;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The daily refresh of the coverage to-dos at 02:30, a db-scheduler job through common.BackgroundJobs (ADR 0013). Not a
 * db-scheduler RecurringTask or CustomTask: those are start-up tasks, and BackgroundJobs registers every task as known and
 * the start-up ones once more, which stops the scheduler (duplicate name). So the job is one instance ("daily") that
 * reschedules itself: at start-up it is asked for once (a no-op when it exists already); that first run only moves it to
 * the next 02:30.
 */
@Component
class CoverageJob extends AbstractTask<String> {

    static final String TASK = "inspection-coverage-todos";
    static final String STARTUP = "startup";
    static final String DAILY = "daily";
    private static final Schedule AT_0230 = Schedules.daily(LocalTime.of(2, 30));
    private final CoverageTodos todos;

    CoverageJob(CoverageTodos todos) {
        super(TASK, String.class, new FailureHandler.OnFailureRetryLater<>(Duration.ofHours(1)),
                new DeadExecutionHandler.ReviveDeadExecution<>());
        this.todos = todos;
    }

    @Override
    public CompletionHandler<String> execute(TaskInstance<String> instance, ExecutionContext context) {
        if (DAILY.equals(instance.getData())) {
            todos.refresh();
        }
        return new CompletionHandler.OnCompleteReschedule<>(AT_0230, DAILY);
    }

    @Override
    public SchedulableInstance<String> schedulableInstance(String id) {
        return SchedulableInstance.of(instance(id), Instant.now());
    }

    @Override
    public SchedulableInstance<String> schedulableInstance(String id, String data) {
        return SchedulableInstance.of(instance(id, data), Instant.now());
    }

    @EventListener(ApplicationReadyEvent.class)
    void scheduleOnce(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(BackgroundJobs.class).enqueue(instance(DAILY, STARTUP));
    }
}
